# The brink image for Kubernetes (docs/scale-out.md): build in one stage, then install the
# packed package globally with production dependencies only, so `brink` starts at once in
# every pod (no build on first use, no dev dependencies).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
# npm ci runs the prepare script (tsc into dist/); pack then skips it, dist/ being built.
RUN npm ci --no-audit --no-fund && npm pack --ignore-scripts --pack-destination /tmp

FROM node:20-bookworm-slim
COPY --from=build /tmp/brink-*.tgz /tmp/
RUN npm install --global --omit=dev --no-audit --no-fund /tmp/brink-*.tgz && rm /tmp/brink-*.tgz
WORKDIR /app
COPY scenarios ./scenarios
USER node
ENTRYPOINT ["brink"]
