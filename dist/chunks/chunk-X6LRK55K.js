#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);

// src/github/repository.ts
var NAME = /^[A-Za-z0-9_.-]+$/;
function refFrom(owner, repo) {
  const name = repo?.replace(/\.git$/, "");
  if (!owner || !name || !NAME.test(owner) || !NAME.test(name) || name === "." || name === "..") return null;
  return { owner, repo: name };
}
function parseRepositorySlug(slug) {
  const parts = slug.trim().split("/");
  return parts.length === 2 ? refFrom(parts[0], parts[1]) : null;
}
function parseRemoteUrl(url) {
  const text = url.trim();
  let path;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      path = new URL(text).pathname;
    } catch {
      return null;
    }
  } else {
    const scp = /^(?:[^@/]+@)?[^:/]+:(.+)$/.exec(text);
    if (!scp) return null;
    path = scp[1];
  }
  const segments = path.replace(/\/+$/, "").split("/").filter((s) => s !== "");
  return segments.length >= 2 ? refFrom(segments.at(-2), segments.at(-1)) : null;
}
function apiBaseUrl(env) {
  return (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
}
function pushAuthConfig(originUrl, token) {
  let url;
  try {
    url = new URL(originUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const key = `http.${url.protocol}//${url.host}/.extraheader`;
  return [
    [key, ""],
    [key, `AUTHORIZATION: basic ${basic}`]
  ];
}
function tokenSpellings(token) {
  return [token, Buffer.from(`x-access-token:${token}`).toString("base64")];
}

export {
  parseRepositorySlug,
  parseRemoteUrl,
  apiBaseUrl,
  pushAuthConfig,
  tokenSpellings
};
//# sourceMappingURL=chunk-X6LRK55K.js.map
