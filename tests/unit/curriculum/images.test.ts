import { findImages, imageInfo, imageTarget } from "../../../src/curriculum/images";
import { renderBodyHtml } from "../../../src/render/body-html";
import {
  checkFixture,
  compileFixture,
  type FixtureSpec,
  pngBytes,
  topicBodyLoader,
} from "../../fixtures/curriculum-factory";

function withBody(body: string, assets: FixtureSpec["assets"] = {}): FixtureSpec {
  return { languages: ["en"], topics: [{ id: "a", body }], assets };
}

describe("images in bodies", () => {
  it("finds inline and reference images, not code or links", () => {
    const markdown = [
      "![one](images/one.png)",
      "`![code](x.png)`",
      "[a link](https://example.org)",
      "![two][fig] and ![three]",
      "```",
      "![fenced](y.png)",
      "```",
      "[fig]: <images/two.png>",
      "[three]: images/three.png",
    ].join("\n");
    expect(findImages(markdown)).toEqual([
      { src: "images/one.png", line: 0 },
      { src: "images/two.png", line: 3 },
      { src: "images/three.png", line: 3 },
    ]);
  });

  it.each([
    ["images/a.png", { kind: "local", path: "topics/images/a.png" }],
    ["../media/a%20b.png?v=1", { kind: "local", path: "media/a b.png" }],
    ["https://example.org/a.png", { kind: "remote" }],
    ["HTTP://example.org/a.png", { kind: "remote" }],
    ["//example.org/a.png", { kind: "remote" }],
    ["data:image/png;base64,AAAA", { kind: "remote" }],
    ["../../a.png", { kind: "outside" }],
    ["/etc/passwd", { kind: "outside" }],
  ])("sorts out %s", (src, target) => {
    expect(imageTarget(src)).toEqual(target);
  });

  it("reads the size of PNG and GIF images and refuses other files", () => {
    expect(imageInfo(pngBytes(640, 480))).toEqual({ type: "png", width: 640, height: 480 });
    const gif = Buffer.from("GIF89a\x20\x00\x10\x00", "latin1");
    expect(imageInfo(gif)).toEqual({ type: "gif", width: 32, height: 16 });
    expect(imageInfo(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined();
  });

  it("renders a folder image at its hashed address, sized and lazy", async () => {
    const spec = withBody("![A figure](images/fig.png)", {
      "topics/images/fig.png": pngBytes(640, 480),
    });
    const output = compileFixture(spec);
    const image = output.images["topics/images/fig.png"];
    expect(image?.name).toMatch(/^fig-[\w-]{8}\.png$/);
    const body = await topicBodyLoader(output, (markdown, lang) =>
      renderBodyHtml(markdown, lang, (src) =>
        src === "images/fig.png"
          ? { src: `./assets/${image?.name}`, width: 640, height: 480 }
          : undefined,
      ),
    )("a", "en");
    expect(body?.html).toBe(
      `<p><img src="./assets/${image?.name}" alt="A figure" width="640" height="480" loading="lazy" decoding="async"/></p>`,
    );
  });

  it("reports a missing image and a file that is not an image at their lines", () => {
    const spec = withBody("Intro.\n\n![gone](images/gone.png)\n\n![svg](images/x.svg)", {
      "topics/images/x.svg": Buffer.from("<svg/>"),
    });
    expect(checkFixture(spec).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      "10: image topics/images/gone.png is not in the curriculum folder",
      "12: image topics/images/x.svg is not a PNG, JPEG, GIF or WebP image (SVG is not allowed: it can hold scripts)",
    ]);
  });
});
