/**
 * The HTTP transport: a node:http server that passes protocol requests to a
 * node, and a client that sends signed requests to peers. Bodies are
 * limited in size and requests time out, so a slow or hostile peer cannot
 * hold a node's memory or its send loop.
 */

import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { TransportError, type Transport, type WireHandler, type WireHeaders, type WireRequest, type WireResponse } from "./wire.ts";

/** Largest request or response body accepted, in bytes (64 MiB); attachments travel base64-encoded inside JSON. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;

function headersOf(message: IncomingMessage): WireHeaders {
  const headers: WireHeaders = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === "string") headers[name] = value;
    else if (Array.isArray(value)) headers[name] = value.join(", ");
  }
  return headers;
}

function readBody(message: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    message.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new TransportError(`body larger than ${limit} bytes`));
        message.destroy();
        return;
      }
      chunks.push(chunk);
    });
    message.on("end", () => resolve(Buffer.concat(chunks)));
    message.on("error", reject);
  });
}

export class HttpTransport implements Transport {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 8 });

  async request(url: string, wire: WireRequest, options: { timeoutMs?: number } = {}): Promise<WireResponse> {
    const target = new URL(wire.path, url);
    if (target.protocol !== "http:") throw new TransportError(`unsupported URL ${url}: only http:// is supported`);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        target,
        { method: "POST", agent: this.agent, headers: { ...wire.headers, "content-length": String(wire.body.length) }, timeout: timeoutMs },
        (res) => {
          readBody(res, MAX_BODY_BYTES).then(
            (body) => resolve({ status: res.statusCode ?? 0, headers: headersOf(res), body }),
            (error: Error) => reject(new TransportError(`reading the reply from ${target.origin} failed: ${error.message}`)),
          );
        },
      );
      req.on("timeout", () => req.destroy(new TransportError(`request to ${target.href} timed out after ${timeoutMs} ms`)));
      req.on("error", (error) => reject(error instanceof TransportError ? error : new TransportError(`request to ${target.href} failed: ${error.message}`)));
      req.end(wire.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface HttpServerOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port to listen on; 0 picks a free port. */
  port: number;
  logger: Logger;
  /** Reported by `GET /twinsync/v1/health`. */
  nodeId: string;
}

export interface RunningServer {
  /** Base URL, such as `http://127.0.0.1:7101`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the HTTP server of a node; protocol requests go to `handler`. */
export function startHttpServer(handler: WireHandler, options: HttpServerOptions): Promise<RunningServer> {
  const logger = options.logger.child({ component: "http" });
  const server: Server = createServer((req, res) => void serve(req, res));

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const send = (status: number, body: Buffer, headers: WireHeaders = { "content-type": "application/json" }) => {
      res.writeHead(status, { ...headers, "content-length": String(body.length) });
      res.end(body);
    };
    try {
      if (req.method === "GET" && path === "/twinsync/v1/health") {
        send(200, Buffer.from(JSON.stringify({ status: "ok", nodeId: options.nodeId })));
        return;
      }
      if (req.method !== "POST") {
        send(405, Buffer.from(JSON.stringify({ error: `method ${req.method} not allowed; the protocol uses POST` })));
        return;
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      const response = await handler({ path, headers: headersOf(req), body });
      send(response.status, response.body, response.headers);
    } catch (error) {
      logger.warn({ path, err: (error as Error).message }, "HTTP request failed");
      if (!res.headersSent) send(error instanceof TransportError ? 413 : 500, Buffer.from(JSON.stringify({ error: (error as Error).message })));
    }
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      const url = `http://${host}:${address.port}`;
      logger.info({ url }, "HTTP server listening");
      resolve({
        url,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              logger.info({ url }, "HTTP server stopped");
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}
