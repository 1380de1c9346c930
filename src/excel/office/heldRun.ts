/**
 * One Excel.run kept open across work done outside it: `body` reads, hands what it read to the caller
 * (`handOver`), and waits for the caller's answer before it writes. So a validation is one read sync
 * and one write sync in one batch, while the check between them belongs to the layer that runs it
 * (src/taskpane/check/checkAndMark.ts), not to the gateway. The caller must answer (finish or cancel);
 * until then the batch stays open.
 */
export interface Held<R, W, O> {
  readonly value: R;
  /** Lets the batch write with `w`; resolves with its outcome once written. */
  finish(w: W): Promise<O>;
  /** Ends the batch without writing. */
  cancel(): Promise<void>;
}

export function holdRun<R, W, O>(
  run: (batch: (ctx: Excel.RequestContext) => Promise<O | null>) => Promise<O | null>,
  body: (ctx: Excel.RequestContext, handOver: (r: R) => Promise<W | null>) => Promise<O | null>,
): Promise<Held<R, W, O>> {
  return new Promise((resolve, reject) => {
    let handed = false;
    const done = run((ctx) =>
      body(ctx, (value) => {
        handed = true;
        return new Promise<W | null>((answer) => {
          resolve({
            value,
            finish: async (w) => {
              answer(w);
              return (await done) as O;
            },
            cancel: async () => {
              answer(null);
              await done.catch(() => undefined);
            },
          });
        });
      }),
    );
    done.then(
      () => {
        if (!handed) reject(new Error('读取未完成'));
      },
      (e: unknown) => {
        if (!handed) reject(e);
      },
    );
  });
}
