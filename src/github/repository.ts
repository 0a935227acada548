/**
 * Where pull requests go: the repository (`GITHUB_REPOSITORY` in Actions, else the `origin` URL), the REST
 * API (`GITHUB_API_URL`, for GitHub Enterprise Server) and the token (`GITHUB_TOKEN`).
 */

export interface RepositoryRef {
  owner: string;
  repo: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/;

function refFrom(owner: string | undefined, repo: string | undefined): RepositoryRef | null {
  const name = repo?.replace(/\.git$/, "");
  if (!owner || !name || !NAME.test(owner) || !NAME.test(name) || name === "." || name === "..") return null;
  return { owner, repo: name };
}

/** `owner/name` as `GITHUB_REPOSITORY` spells it. */
export function parseRepositorySlug(slug: string): RepositoryRef | null {
  const parts = slug.trim().split("/");
  return parts.length === 2 ? refFrom(parts[0], parts[1]) : null;
}

/**
 * owner and name from a remote URL: `https://host/owner/name(.git)`, `ssh://git@host[:port]/owner/name.git`
 * and the scp form `git@host:owner/name.git`. The last two path segments are taken, so a GHES path prefix
 * does not matter. Credentials embedded in the URL are ignored.
 */
export function parseRemoteUrl(url: string): RepositoryRef | null {
  const text = url.trim();
  let path: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      path = new URL(text).pathname;
    } catch {
      return null;
    }
  } else {
    const scp = /^(?:[^@/]+@)?[^:/]+:(.+)$/.exec(text);
    if (!scp) return null;
    path = scp[1] as string;
  }
  const segments = path.replace(/\/+$/, "").split("/").filter((s) => s !== "");
  return segments.length >= 2 ? refFrom(segments.at(-2), segments.at(-1)) : null;
}

/** The REST API root: `GITHUB_API_URL` (set by Actions, GHES's `https://host/api/v3`), else github.com's. */
export function apiBaseUrl(env: Record<string, string | undefined>): string {
  return (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, "");
}

/**
 * The git config that makes one push authenticate with the token: an `http.<origin>.extraheader` scoped to
 * origin's scheme and host, as actions/checkout writes it, but handed to that one git call through its
 * environment and never written to a config file. null when origin is not http(s) (ssh keeps its own keys).
 */
export function pushAuthConfig(originUrl: string, token: string): [string, string][] | null {
  let url: URL;
  try {
    url = new URL(originUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const key = `http.${url.protocol}//${url.host}/.extraheader`;
  // An empty value first clears a header a checkout persisted (persist-credentials left on): two
  // Authorization headers would make GitHub refuse the push.
  return [
    [key, ""],
    [key, `AUTHORIZATION: basic ${basic}`],
  ];
}

/** What the redactor must also mask: the token as the push header carries it. */
export function tokenSpellings(token: string): string[] {
  return [token, Buffer.from(`x-access-token:${token}`).toString("base64")];
}
