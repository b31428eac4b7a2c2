// Command-line flags of `npm run bench`.
import fs from "node:fs";

/**
 * Parses the flags described in the comment block at the top of `helpFile` (scripts/bench.js),
 * which is also what --help prints.
 */
export function parseArgs(argv, helpFile) {
  const options = {
    duration: 10,
    warmup: 2,
    connections: 32,
    port: 3300,
    articles: 10_000,
    buyers: 32,
    stock: 100,
    fresh: false,
    build: false,
    noBuild: false,
    json: false,
    checkout: true,
    only: null,
  };
  const numeric = {
    "--duration": "duration",
    "--warmup": "warmup",
    "--connections": "connections",
    "--port": "port",
    "--articles": "articles",
    "--buyers": "buyers",
    "--stock": "stock",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    if (flag === "--fresh") options.fresh = true;
    else if (flag === "--json") options.json = true;
    else if (flag === "--no-checkout") options.checkout = false;
    else if (flag === "--cpu-prof") options.cpuProf = true;
    else if (flag === "--only") options.only = String(inline ?? argv[++i]).split(",");
    else if (flag === "--build") options.build = true;
    else if (flag === "--no-build") options.noBuild = true;
    else if (flag === "--help" || flag === "-h") {
      // The comment block at the top of scripts/bench.js is the help text.
      const lines = fs.readFileSync(helpFile, "utf8").split("\n");
      const end = lines.findIndex((l) => !l.startsWith("//"));
      console.log(
        lines
          .slice(0, end)
          .join("\n")
          .replace(/^\/\/ ?/gm, ""),
      );
      process.exit(0);
    } else if (numeric[flag]) {
      const value = Number(inline ?? argv[++i]);
      const min = flag === "--warmup" ? 0 : 1;
      if (!Number.isFinite(value) || value < min) throw new Error(`${flag} needs a number ≥ ${min}`);
      options[numeric[flag]] = value;
    } else throw new Error(`Unknown option ${argv[i]} (try --help)`);
  }
  return options;
}
