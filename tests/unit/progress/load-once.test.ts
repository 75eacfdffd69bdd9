import { loadOnce } from "../../../src/progress/load-once";

describe("loadOnce", () => {
  it("shares one load between callers and then reads it synchronously", async () => {
    let calls = 0;
    const chunk = loadOnce(async () => {
      calls++;
      return { name: "chunk" };
    });
    expect(chunk.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    expect(chunk.loaded()).toBe(a);
    expect(await chunk.load()).toBe(a);
    expect(calls).toBe(1);
  });

  it("forgets a failed load, so the next call tries again", async () => {
    let calls = 0;
    const chunk = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return "arrived";
    });
    await expect(chunk.load()).rejects.toThrow("offline");
    expect(chunk.loaded()).toBeUndefined();
    expect(await chunk.load()).toBe("arrived");
    expect(calls).toBe(2);
    expect(chunk.loaded()).toBe("arrived");
  });
});
