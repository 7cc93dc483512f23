/**
 * Requests between nodes as they travel: a path, headers and a raw body.
 * The HTTP transport and the in-memory transport carry the same signed
 * bytes, so both run the same protocol checks.
 */

export type WireHeaders = Record<string, string>;

export interface WireRequest {
  /** Path such as `/twinsync/v1/events`. */
  path: string;
  /** Lower-case header names. */
  headers: WireHeaders;
  body: Buffer;
}

export interface WireResponse {
  status: number;
  headers: WireHeaders;
  body: Buffer;
}

/** Sends a request to the node at `url` and returns its response; rejects when the node cannot be reached. */
export interface Transport {
  request(url: string, request: WireRequest, options?: { timeoutMs?: number }): Promise<WireResponse>;
}

/** Handles a request on the receiving node. */
export type WireHandler = (request: WireRequest) => Promise<WireResponse>;

export class TransportError extends Error {
  override readonly name = "TransportError";
}

/**
 * Nodes of one process that reach each other by URL without sockets. Bodies
 * are copied on the way, so neither side shares buffers with the other.
 */
export class InMemoryNetwork implements Transport {
  private readonly handlers = new Map<string, WireHandler>();

  /** Registers the handler of the node at `url`; returns a function that removes it. */
  listen(url: string, handler: WireHandler): () => void {
    if (this.handlers.has(url)) throw new Error(`a node already listens at ${url}`);
    this.handlers.set(url, handler);
    return () => {
      this.handlers.delete(url);
    };
  }

  async request(url: string, request: WireRequest): Promise<WireResponse> {
    const handler = this.handlers.get(url);
    if (handler === undefined) throw new TransportError(`no node listens at ${url}`);
    const response = await handler({ path: request.path, headers: { ...request.headers }, body: Buffer.from(request.body) });
    return { status: response.status, headers: { ...response.headers }, body: Buffer.from(response.body) };
  }
}
