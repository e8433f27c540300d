/**
 * The popup shows what the service worker reports and sends changes to it; the worker forwards them
 * to the host as `settings.change`, and the host pushes the new `settings` back. The controls show
 * the host's settings, never a local guess.
 */
const port = chrome.runtime.connect({ name: 'popup' });
const $ = (id) => document.getElementById(id);

const CONNECTION_TEXT = { connected: 'connected', connecting: 'connecting…', disconnected: 'not connected' };

function render(status) {
  const badge = $('connection');
  badge.textContent = CONNECTION_TEXT[status.connection] ?? status.connection;
  badge.className = `badge ${status.connection}`;

  const problems = [];
  if (status.connection !== 'connected' && status.lastError) {
    const retry = status.retryInMs ? ` (retrying in ${Math.round(status.retryInMs / 1000)} s)` : '';
    problems.push(status.lastError + retry);
  }
  if (status.hostError) problems.push(`host: ${status.hostError}`);
  $('error').textContent = problems.join(' — ');
  $('error').hidden = problems.length === 0;

  const settings = status.settings;
  const connected = status.connection === 'connected';
  $('capture').checked = Boolean(settings?.capture?.enabled);
  $('cookieSync').checked = Boolean(settings?.cookieSync?.enabled);
  for (const id of ['capture', 'cookieSync', 'newDomain']) $(id).disabled = !connected;

  const counts = status.counts ?? {};
  $('captured').textContent = counts.captured ?? 0;
  $('acked').textContent = counts.acked ?? 0;
  $('dropped').textContent = counts.dropped ?? 0;
  $('pending').textContent = counts.pending ?? 0;

  const list = $('domains');
  list.replaceChildren(
    ...(settings?.cookieSync?.domains ?? []).map((domain) => {
      const shown = domain.includeSubdomains ? domain.host : `https://${domain.host}`;
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = shown;
      const remove = document.createElement('button');
      remove.textContent = 'remove';
      remove.title = `Stop syncing ${shown}`;
      remove.disabled = !connected;
      remove.addEventListener('click', () => send({ removeSyncDomain: shown }));
      item.append(name, remove);
      return item;
    }),
  );
  $('extensionId').textContent = status.extensionId ?? '';
}

function showResult(result) {
  const line = $('result');
  line.hidden = result.ok;
  line.className = result.ok ? 'result' : 'result failed';
  line.textContent = result.ok ? '' : `Not changed: ${result.error}`;
}

function send(change) {
  port.postMessage({ change });
}

port.onMessage.addListener((message) => {
  if (message.status) render(message.status);
  if (message.result) showResult(message.result);
});

$('capture').addEventListener('change', (e) => send({ captureEnabled: e.target.checked }));
$('cookieSync').addEventListener('change', (e) => send({ cookieSyncEnabled: e.target.checked }));
$('addDomain').addEventListener('submit', (e) => {
  e.preventDefault();
  const value = $('newDomain').value.trim();
  if (value) {
    send({ addSyncDomain: value });
    $('newDomain').value = '';
  }
});
