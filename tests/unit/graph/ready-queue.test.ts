import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReadyQueue } from "../../../src/graph/ready-queue";

describe("ReadyQueue", () => {
  it("pops -1 when empty", () => {
    expect(new ReadyQueue(10).pop()).toBe(-1);
  });

  it.each([
    [
      [5, 1, 3],
      [1, 3, 5],
    ],
    [
      [0, 31, 32, 1023, 1024, 2047],
      [0, 31, 32, 1023, 1024, 2047],
    ],
    [
      [2047, 1024, 1023, 32, 31, 0],
      [0, 31, 32, 1023, 1024, 2047],
    ],
  ])("pops %j in ascending order %j", (pushed, popped) => {
    const queue = new ReadyQueue(2048);
    for (const p of pushed) queue.push(p);
    expect(Array.from({ length: pushed.length }, () => queue.pop())).toEqual(popped);
    expect(queue.pop()).toBe(-1);
  });

  it("always pops the smallest position present, under any mix of pushes and pops", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 5000 }), { maxLength: 300 }),
        fc.array(fc.boolean(), { maxLength: 300 }),
        (positions, popAfter) => {
          const queue = new ReadyQueue(5001);
          const model = new Set<number>();
          const check = () => {
            const expected = model.size === 0 ? -1 : Math.min(...model);
            expect(queue.pop()).toBe(expected);
            model.delete(expected);
          };
          positions.forEach((p, i) => {
            queue.push(p);
            model.add(p);
            if (popAfter[i]) check();
          });
          while (model.size > 0) check();
          expect(queue.pop()).toBe(-1);
        },
      ),
    );
  });
});
