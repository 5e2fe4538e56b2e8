/**
 * Pieces of `npm run build:wps` (bin/build-wps.cjs): the ES2018 gate on the bundle, and the Linux installer keeping
 * every other add-in of the user's publish.xml while it adds or replaces 年报助手's entry.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require("../../bin/build-wps.cjs") as {
  checkSyntax(dir: string): string[];
  shellInstaller(entry: string, copyFolder: boolean): string;
  entries: { onlinePublish(url: string): string };
};

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "nb-wps-"));

test("the ES2018 gate refuses optional chaining and class fields, accepts async/await and object spread", () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, "ok.js"), "async function f(o){ const x = { ...o }; return await x; }");
  fs.writeFileSync(path.join(dir, "chain.js"), "var a = {}; console.log(a?.b);");
  fs.writeFileSync(path.join(dir, "field.js"), "class A { x = 1 }");
  const problems = build.checkSyntax(dir);
  expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["chain.js", "field.js"]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("install-user.sh adds the entry to a user's publish.xml, replacing an older 年报助手 line and keeping the others", () => {
  const home = tmp();
  const jsaddons = path.join(home, ".local/share/Kingsoft/wps/jsaddons");
  fs.mkdirSync(jsaddons, { recursive: true });
  const publish = path.join(jsaddons, "publish.xml");
  const other = '<jsplugin name="other" type="wps" url="other_1.0" version="1.0" enable="enable_dev" install="null"/>';
  fs.writeFileSync(publish, `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${other}\n  <jsplugin name="nianbao" type="et" url="nianbao_0.0.9" version="0.0.9"/>\n</jsplugins>\n`);
  const script = path.join(home, "install-user.sh");
  const entry = build.entries.onlinePublish("http://10.1.2.3/wps/nianbao/");
  fs.writeFileSync(script, build.shellInstaller(entry, false));
  execFileSync("sh", [script], { env: { ...process.env, HOME: home }, stdio: "pipe" });
  expect(fs.readFileSync(publish, "utf8")).toBe(
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${other}\n  <jspluginonline name="nianbao" type="et" url="http://10.1.2.3/wps/nianbao/" enable="enable_dev" install="null"/>\n</jsplugins>\n`,
  );
  // Without a publish.xml the installer writes a new one.
  fs.rmSync(publish);
  execFileSync("sh", [script], { env: { ...process.env, HOME: home }, stdio: "pipe" });
  expect(fs.readFileSync(publish, "utf8")).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${entry}\n</jsplugins>\n`);
  fs.rmSync(home, { recursive: true, force: true });
});
