# syntax=docker/dockerfile:1
# The `web` image: the React app built with Node 20, served by nginx with deploy/nginx.conf, which
# also proxies /api/ to the backend. Build context: the repository root (docker-compose.yml does so):
#   docker build -f deploy/web.Dockerfile -t vekst/web .
# What the context sends is limited by deploy/web.Dockerfile.dockerignore.

FROM node:20-bookworm-slim AS build
WORKDIR /src/frontend
# Dependencies first, so this layer is reused while only the sources change.
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
# The app's types are generated from the contract beside it (../openapi.yaml).
COPY openapi.yaml /src/openapi.yaml
COPY frontend/ ./
RUN npm run build

FROM nginx:1.28-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/frontend/dist/ /usr/share/nginx/html/
EXPOSE 80
