// Runs deploy/nginx.conf for real and checks what it sends: the headers of the app, the widget
// bundle and the API, and that API answers keep their strong ETags (nginx must not compress them).
// A stand-in backend on loopback answers /api/ the way the real one does. Usage (check.sh):
//   node deploy/nginx-serves.mjs /path/to/nginx <work dir>
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";

const [nginxBin, work] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? "ok" : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const backendBody = JSON.stringify({
  items: Array.from({ length: 100 }, (_, i) => ({
    name: `Partner ${i}`,
    tier: "Hovedpartner",
  })),
});
const backend = http.createServer((request, response) => {
  response.writeHead(200, {
    "Content-Type": "application/json",
    ETag: '"q1Xz3c0VbH4mN8pLr2sT6w"',
    "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Access-Control-Allow-Origin": "*",
  });
  response.end(backendBody);
});
await new Promise((resolve) => backend.listen(0, "127.0.0.1", resolve));

const free = () =>
  new Promise((resolve) => {
    const probe = http.createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const port = await free();

// The production server block, pointed at loopback and a temporary document root.
const html = join(work, "html");
mkdirSync(join(html, "embed/v1"), { recursive: true });
mkdirSync(join(work, "logs"), { recursive: true });
writeFileSync(join(html, "index.html"), "<!doctype html><title>Vekst</title>");
const bundle = 'console.log("vekst widgets");'.repeat(100);
writeFileSync(join(html, "embed/v1/vekst-widgets.js"), bundle);
writeFileSync(join(html, "embed/v1/vekst-widgets.0123456789.js"), bundle);
const server = readFileSync("deploy/nginx.conf", "utf8")
  .replace(
    "listen 80 default_server;",
    `listen 127.0.0.1:${port} default_server;`,
  )
  .replace("root /usr/share/nginx/html;", `root ${html};`)
  .replace(
    "set $vekst_backend http://backend:8080;",
    `set $vekst_backend http://127.0.0.1:${backend.address().port};`,
  );
writeFileSync(join(work, "default.conf"), server);
let mime = "";
try {
  readFileSync("/etc/nginx/mime.types");
  mime = "include /etc/nginx/mime.types;";
} catch {
  // types below are enough for the checks
}
writeFileSync(
  join(work, "nginx.conf"),
  // Workers as the same user as the master: the temporary document root is private to it.
  `${process.getuid?.() === 0 ? "user root;" : ""}
pid ${work}/nginx.pid;
error_log ${work}/logs/error.log;
daemon off;
events {}
http {
  ${mime}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/default.conf;
}
`,
);
const nginx = spawn(
  nginxBin,
  ["-p", `${work}/`, "-c", join(work, "nginx.conf")],
  { stdio: "inherit" },
);

function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: "127.0.0.1",
        port,
        path,
        headers: { "Accept-Encoding": "gzip", ...headers },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response));
      },
    );
    request.on("error", reject);
  });
}

try {
  for (let attempt = 0; ; attempt++) {
    try {
      await get("/");
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const api = await get("/api/v1/public/partners", {
    Origin: "https://www.kongsberg.kommune.no",
  });
  check(api.statusCode === 200, "the API is proxied");
  check(
    api.headers.etag === '"q1Xz3c0VbH4mN8pLr2sT6w"',
    `the API's strong ETag passes unchanged (got ${api.headers.etag})`,
  );
  check(
    !api.headers["content-encoding"],
    "API answers are not compressed by nginx (that would weaken the ETag)",
  );
  check(
    api.headers["content-security-policy"] ===
      "default-src 'none'; frame-ancestors 'none'",
    "the API keeps the backend's CSP",
  );
  check(
    api.headers["x-frame-options"] === "DENY",
    "the API keeps the backend's X-Frame-Options",
  );
  check(
    api.headers["x-content-type-options"] === "nosniff",
    "nosniff once on the API",
  );
  check(
    api.headers["access-control-allow-origin"] === "*",
    "the public API's CORS passes",
  );
  check(
    api.headers["cache-control"] ===
      "public, max-age=60, stale-while-revalidate=300",
    "the API keeps the backend's Cache-Control",
  );

  const app = await get("/widgets");
  check(app.statusCode === 200, "client-side routes get index.html");
  check(
    (app.headers["content-security-policy"] ?? "").startsWith(
      "default-src 'self'; script-src 'self';",
    ),
    "the app has its CSP",
  );
  check(
    app.headers["x-frame-options"] === "SAMEORIGIN",
    "the app may be framed only by itself",
  );
  check(
    app.headers["referrer-policy"] === "strict-origin-when-cross-origin",
    "the app has a Referrer-Policy",
  );
  check(
    app.headers["cache-control"] === "no-cache",
    "index.html is revalidated",
  );
  check(!app.headers["strict-transport-security"], "no HSTS over plain HTTP");
  const secure = await get("/", { "X-Forwarded-Proto": "https" });
  check(
    (secure.headers["strict-transport-security"] ?? "").startsWith("max-age="),
    "HSTS when the client came over HTTPS",
  );

  const stable = await get("/embed/v1/vekst-widgets.js", {
    Origin: "https://www.kongsberg.kommune.no",
  });
  check(stable.statusCode === 200, "the widget bundle is served");
  check(
    stable.headers["access-control-allow-origin"] === "*",
    "the widget bundle is open to every site",
  );
  check(
    stable.headers["cross-origin-resource-policy"] === "cross-origin",
    "the widget bundle may be loaded cross-origin",
  );
  check(
    stable.headers["cache-control"] === "public, max-age=300",
    "the stable URL is kept 5 minutes",
  );
  const pinned = await get("/embed/v1/vekst-widgets.0123456789.js");
  check(
    pinned.headers["cache-control"] === "public, max-age=31536000, immutable",
    "a pinned release is immutable",
  );
  check(
    (await get("/embed/v1/nothing-here.js")).statusCode === 404,
    "a missing bundle file is 404, not the app",
  );
  check((await get("/q/health")).statusCode === 404, "/q/ is not public");
} catch (error) {
  failures.push(String(error));
  console.log(`  FAIL ${error}`);
} finally {
  nginx.kill("SIGQUIT");
  backend.close();
}
if (failures.length > 0) {
  console.log(
    `  nginx log:\n${readFileSync(join(work, "logs/error.log"), "utf8").slice(-2000)}`,
  );
  process.exit(1);
}
