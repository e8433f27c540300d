'use strict';
// Runs a Postman collection with newman; file parts are read relative to the working directory
// given as the second argument. Exit 1 when newman reports a failure.
const newman = require('newman');

newman.run(
  {
    collection: require('path').resolve(process.argv[2]),
    workingDir: process.argv[3],
    reporters: ['cli'],
    insecureFileRead: false,
  },
  (err, summary) => {
    if (err) {
      console.error(`newman could not run: ${err.message}`);
      process.exit(1);
    }
    const failures = summary.run.failures;
    failures.forEach((f) => console.error(`failure: ${f.error.message}`));
    process.exit(failures.length > 0 ? 1 : 0);
  },
);
