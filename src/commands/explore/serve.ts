/**
 * `brink explore --serve`: the page at http://127.0.0.1:<port>/, for users who prefer a URL.
 * Loopback only: the page is the user's scenario, not something to publish on a network.
 */
import { createServer, type Server } from 'node:http';

export interface ServedPage {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `html` at `/` (anything else is 404); port 0 picks a free port. */
export function servePage(html: string, port: number): Promise<ServedPage> {
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && (request.url === '/' || request.url?.startsWith('/#') || request.url === '/index.html')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found: the explorer is at /\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
