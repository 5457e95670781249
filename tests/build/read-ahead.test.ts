// How far the reader runs ahead of the extraction workers: it waits only while both the count and the bytes of
// pending articles are at their limits, and the article that frees room wakes it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { ReadAhead } from "../../src/build/extract-corpus.js";

/** Whether `p` has settled once pending callbacks have run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

describe("ReadAhead", () => {
  it("has room while fewer than the minimum count are pending, however big", async () => {
    const a = new ReadAhead(3, 100);
    a.take(1_000);
    a.take(1_000);
    assert.equal(await settled(a.room()), true);
  });

  it("has room while the pending bytes are under the limit, however many", async () => {
    const a = new ReadAhead(2, 100);
    for (let i = 0; i < 50; i++) a.take(1);
    assert.equal(await settled(a.room()), true);
  });

  it("waits when both limits are reached, and the article that frees room wakes it", async () => {
    const a = new ReadAhead(2, 100);
    a.take(60);
    a.take(60);
    const room = a.room();
    assert.equal(await settled(room), false);
    a.give(60);
    assert.equal(await settled(room), true);
    assert.deepEqual(a.pending, { count: 1, bytes: 60 });
  });

  it("keeps waiting while a freed article still leaves both limits reached", async () => {
    const a = new ReadAhead(2, 100);
    for (let i = 0; i < 4; i++) a.take(50);
    const room = a.room();
    a.give(50);
    assert.equal(await settled(room), false, "3 pending, 150 bytes: still full");
    a.give(50);
    assert.equal(await settled(room), false, "2 pending, 100 bytes: still full");
    a.give(50);
    assert.equal(await settled(room), true);
  });

  it("drained() resolves when the last pending article is done", async () => {
    const a = new ReadAhead(1, 1);
    a.take(10);
    a.take(10);
    const drained = a.drained();
    a.give(10);
    assert.equal(await settled(drained), false);
    a.give(10);
    assert.equal(await settled(drained), true);
    assert.equal(await settled(new ReadAhead(1, 1).drained()), true, "nothing pending");
  });

  it("a reader and workers taking turns through 20,000 articles with 10,000 pending", async () => {
    const a = new ReadAhead(4, 10_000);
    let freed = 0;
    for (let i = 0; i < 20_000; i++) {
      await a.room();
      a.take(1);
      if (a.pending.count >= 10_000) {
        // a worker finishes one article a little later
        setImmediate(() => {
          a.give(1);
          freed++;
        });
      }
    }
    while (a.pending.count) {
      a.give(1);
      freed++;
    }
    await a.drained();
    assert.equal(freed, 20_000);
    assert.deepEqual(a.pending, { count: 0, bytes: 0 });
  });
});
