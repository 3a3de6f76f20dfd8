// Copies the socket.io browser client from node_modules into widget/vendor/, where
// widget.js loads it from at run time (nothing is fetched from a CDN). Run by
// `npm run build` (scripts/install_browser.sh runs `npm ci` and then this).
"use strict";
const fs = require("fs");
const path = require("path");

const dist = path.join(__dirname, "node_modules", "socket.io-client", "dist");
const vendor = path.join(__dirname, "widget", "vendor");
const files = ["socket.io.min.js", "socket.io.min.js.map"];

const version = require(path.join(__dirname, "node_modules", "socket.io-client", "package.json")).version;
if (!/^4\./.test(version)) {
  console.error(`socket.io-client ${version} installed; the widget needs 4.x (run npm ci)`);
  process.exit(1);
}
fs.mkdirSync(vendor, { recursive: true });
for (const name of files) {
  const from = path.join(dist, name);
  if (!fs.existsSync(from)) {
    if (name.endsWith(".map")) continue;
    console.error(`missing ${from}: run npm ci in web/ first`);
    process.exit(1);
  }
  // write to a temporary name and rename, so a server never serves half a file
  const tmp = path.join(vendor, `.${name}.tmp`);
  fs.copyFileSync(from, tmp);
  fs.renameSync(tmp, path.join(vendor, name));
}
const license = path.join(__dirname, "node_modules", "socket.io-client", "LICENSE");
if (fs.existsSync(license)) fs.copyFileSync(license, path.join(vendor, "socket.io-client.LICENSE.txt"));
console.log(`widget/vendor/socket.io.min.js <- socket.io-client ${version}`);
