'use strict';
// Loads a Postman collection with the postman-collection SDK and prints, as JSON, what the SDK
// understood of each request: folder path, method, rebuilt URL, headers and body mode.
const fs = require('fs');
const { Collection, Item, ItemGroup } = require('postman-collection');

const json = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const collection = new Collection(json);
const out = { name: collection.name, requests: [] };

function walk(group, folders) {
  group.items.each((child) => {
    if (ItemGroup.isItemGroup(child)) {
      walk(child, folders.concat([child.name]));
    } else if (Item.isItem(child)) {
      const request = child.request;
      out.requests.push({
        folders,
        name: child.name,
        method: request.method,
        url: request.url.toString(),
        headers: request.headers.all().map((h) => ({ key: h.key, value: h.value })),
        bodyMode: request.body ? request.body.mode : null,
      });
    }
  });
}

walk(collection, []);
console.log(JSON.stringify(out));
