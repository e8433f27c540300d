'use strict';
// Validates each HAR file named on the command line with har-validator; exit 1 on the first error.
const fs = require('fs');
const validator = require('har-validator');

async function main(files) {
  for (const file of files) {
    const har = JSON.parse(fs.readFileSync(file, 'utf8'));
    try {
      await validator.har(har);
      console.log(`valid: ${file}`);
    } catch (e) {
      const details = (e.errors || []).map((x) => `${x.dataPath} ${x.message}`).join('; ');
      console.error(`invalid: ${file}: ${e.message} ${details}`);
      process.exit(1);
    }
  }
}

main(process.argv.slice(2));
