# crossmentor on PostgreSQL; see compose.yaml and docs/deploy.md.
# Build stage: all dependencies, to build the web app (written pre-compressed to dist/web).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:web

# Run stage: production dependencies, the server's sources (run by tsx) and the built web app.
FROM node:20-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/data/pglite
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force && mkdir /data && chown node:node /data
COPY bin ./bin
COPY src ./src
COPY --from=build /app/dist/web ./dist/web
# The image's unprivileged user; it can write /data only (the embedded database, without DATABASE_URL).
USER node
EXPOSE 3000
# Ready when the app answers and its database does (node, as the slim image has no curl).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node gets SIGTERM itself and shuts down gracefully within 10 s.
CMD ["node", "--import", "tsx", "src/server/main.ts"]
