# orchestrator as a container: `docker run --rm -v "$PWD":/workspace -e OPENAI_API_KEY IMAGE run --milestone M1`.
# BASE is any Debian-family image with Node.js >= 20 and npm (the tests build their own, offline).
ARG BASE=node:20-bookworm-slim

FROM ${BASE} AS app
WORKDIR /opt/orchestrator
COPY package.json package-lock.json ./
# Production dependencies only; the pinned @openai/codex binary comes with them. No install scripts run.
# The codex package's voice-mode resources (GStreamer, ~50 MB) serve only its interactive TUI, never `codex exec`.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force \
    && rm -rf node_modules/@openai/codex-*/vendor/*/codex-resources/voice
COPY schema ./schema
COPY dist ./dist

FROM ${BASE}
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="orchestrator" \
      org.opencontainers.image.description="Milestone-driven dev → review → fix loop with the OpenAI Codex agent, one git worktree per issue." \
      org.opencontainers.image.source="https://github.com/org/orchestrator" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT"
# git is the engine's only system dependency; install it when the base lacks it. Any --user gets a home.
RUN if ! command -v git >/dev/null; then \
      apt-get update && apt-get install -y --no-install-recommends git ca-certificates && rm -rf /var/lib/apt/lists/*; \
    fi \
    && mkdir -p /home/orchestrator/.codex /workspace && chmod 1777 /home/orchestrator /home/orchestrator/.codex
COPY --from=app /opt/orchestrator /opt/orchestrator
# The mounted repository usually belongs to another uid than the container's: let git work in it
# (through the environment, since the engine's git guard refuses `-c` options).
ENV GIT_CONFIG_COUNT=1 \
    GIT_CONFIG_KEY_0=safe.directory \
    GIT_CONFIG_VALUE_0=* \
    HOME=/home/orchestrator \
    NODE_ENV=production
WORKDIR /workspace
# No CMD: without arguments, the INPUT_* variables of an Actions step (`uses: docker://…`) say what to run.
ENTRYPOINT ["node", "/opt/orchestrator/dist/cli.js"]
