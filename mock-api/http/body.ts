import type { IncomingMessage } from 'node:http';

export interface LimitedBody {
  stream: ReadableStream<Uint8Array>;
  /** True once the handler read past the limit, or a declared length was over it. */
  overflowed: () => boolean;
}

/**
 * The request body as a stream read on demand: nothing is read until the handler asks (it checks
 * the token first), and reading fails past `limit` bytes, so an endless upload cannot fill the
 * memory. A client hanging up fails the read too, never the process.
 */
export function limitedBody(req: IncomingMessage, limit: number): LimitedBody {
  let overflowed = false;
  let received = 0;
  let chunks: AsyncIterator<Buffer> | undefined;
  const tooLarge = () => {
    overflowed = true;
    return new Error(`the request body exceeds ${limit} bytes`);
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (Number(req.headers['content-length']) > limit) throw tooLarge();
        // Not destroyed when the handler stops reading: the answer still has to go out on it.
        chunks ??= req.iterator({ destroyOnReturn: false });
        const { done, value } = await chunks.next();
        if (done) return controller.close();
        received += value.length;
        if (received > limit) {
          // Lets node throw the rest away once the answer is sent (see respond.ts).
          await chunks.return?.();
          throw tooLarge();
        }
        controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.length));
      },
      async cancel() {
        await chunks?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, overflowed: () => overflowed };
}
