import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { collectOutput, type ChildOutput } from "../support/child-output";

/**
 * Podman as these machines can run it (no Docker engine, root, no registry): vfs storage in a directory of
 * the tests' own, so the host's own podman images are never touched, cgroupfs and runc.
 */
const STORAGE = process.env.ORCHESTRATOR_PODMAN_ROOT ?? "/var/tmp/orchestrator-podman";
const GLOBAL = ["--root", join(STORAGE, "storage"), "--runroot", join(STORAGE, "run"), "--storage-driver", "vfs", "--cgroup-manager", "cgroupfs", "--runtime", "runc"];
export const ULIMITS = ["--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1000:1000"];

const onPath = (cmd: string) => spawnSync("sh", ["-c", 'command -v "$1"', "sh", cmd]).status === 0;

/** Why the container tests cannot run here, or null when they can. */
export function podmanUnavailable(): string | null {
  if (process.getuid?.() !== 0) return "podman tests run as root (vfs storage, no user namespaces)";
  const missing = ["podman", "runc", "debootstrap"].filter((cmd) => !onPath(cmd));
  return missing.length > 0 ? `not installed: ${missing.join(", ")} (.ci/run installs them)` : null;
}

/** Runs `podman GLOBAL... args`, optionally with `stdin` piped from another process's stdout. */
export function podman(args: string[], opts: { input?: NodeJS.ReadableStream; onOutput?: (chunk: string) => void } = {}): Promise<ChildOutput> {
  const child = spawn("podman", [...GLOBAL, ...args], { stdio: [opts.input ? "pipe" : "ignore", "pipe", "pipe"] });
  if (opts.input && child.stdin) opts.input.pipe(child.stdin);
  return collectOutput(child, { onOutput: opts.onOutput });
}

async function podmanOk(args: string[], opts: Parameters<typeof podman>[1] = {}): Promise<string> {
  const r = await podman(args, opts);
  if (r.code !== 0) throw new Error(`podman ${args.join(" ")} exited ${r.code}:\n${r.stderr.slice(-4000)}`);
  return r.stdout;
}

/**
 * A Node base image made here, since no registry image can be pulled: a minimal Debian (bookworm, with git)
 * from debootstrap, plus this machine's own node and npm. Tagged by Node version and kept in the tests'
 * storage as a cache; building it takes a minute or two.
 */
export async function ensureBaseImage(): Promise<string> {
  const tag = `localhost/orchestrator-test-base:node-${process.version.slice(1)}`;
  if ((await podman(["image", "exists", tag])).code === 0) return tag;

  const work = mkdtempSync("/var/tmp/orchestrator-rootfs-");
  try {
    const rootfs = join(work, "rootfs");
    execFileSync("debootstrap", ["--variant=minbase", "--include=git,ca-certificates", "bookworm", rootfs, "http://deb.debian.org/debian"], {
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    copyFileSync(process.execPath, join(rootfs, "usr/local/bin/node"));
    const npmRoot = dirname(dirname(realpathSync(execFileSync("sh", ["-c", "command -v npm"], { encoding: "utf8" }).trim())));
    cpSync(npmRoot, join(rootfs, "usr/local/lib/node_modules/npm"), { recursive: true });
    symlinkSync("../lib/node_modules/npm/bin/npm-cli.js", join(rootfs, "usr/local/bin/npm"));
    // This machine reaches the npm registry through a TLS proxy whose CA only the host bundle has.
    const hostCa = "/etc/ssl/certs/ca-certificates.crt";
    if (existsSync(hostCa)) {
      mkdirSync(join(rootfs, "etc/ssl/certs"), { recursive: true });
      copyFileSync(hostCa, join(rootfs, "etc/ssl/certs/ca-certificates.crt"));
    }
    for (const cache of ["var/cache/apt/archives", "var/lib/apt/lists"]) rmSync(join(rootfs, cache), { recursive: true, force: true });
    const tar = spawn("tar", ["-C", rootfs, "-c", "."], { stdio: ["ignore", "pipe", "inherit"] });
    await podmanOk(
      ["import", "--change", "ENV PATH=/usr/local/bin:/usr/bin:/bin", "--change", "ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt", "-", tag],
      { input: tar.stdout },
    );
    return tag;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `podman build` of the repository's Dockerfile on `base`; returns the image tag. */
export async function buildImage(context: string, base: string, tag: string): Promise<string> {
  await podmanOk(["build", "--layers=false", ...ULIMITS, "--network", "host", "--build-arg", `BASE=${base}`, "-t", tag, context]);
  return tag;
}

export async function removeImage(tag: string): Promise<void> {
  await podman(["rmi", "--force", tag]);
  // Intermediate images of the multi-stage build, left untagged.
  await podman(["image", "prune", "--force"]);
}

export async function imageSize(tag: string): Promise<number> {
  return Number((await podmanOk(["image", "inspect", "--format", "{{.Size}}", tag])).trim());
}

export async function imageLabels(tag: string): Promise<Record<string, string>> {
  return JSON.parse(await podmanOk(["image", "inspect", "--format", "{{json .Labels}}", tag]));
}
