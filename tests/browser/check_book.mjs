// check_book.mjs - the book in a real browser (Debian's chromium, driven by
// puppeteer-core). For every page, at 1280 px and at 390 px (a phone):
//   - no horizontal overflow of the page itself (wide code scrolls inside
//     its own box);
//   - every image and embedded SVG loaded;
//   - MathJax rendered every formula, without errors;
//   - no console error and no failed request;
// then the search page finds chapter 1 for "sigmoid" and chapter 4 for
// "backpropagation", and the playground trains (see below). A screenshot of
// every page at both widths is saved.
//
//   node check_book.mjs HTML_DIR SCREENSHOT_DIR [CHROMIUM]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [htmlDir, shotDir, chromium = "/usr/bin/chromium"] = process.argv.slice(2);
if (!htmlDir || !shotDir) {
  console.error("usage: node check_book.mjs HTML_DIR SCREENSHOT_DIR [CHROMIUM]");
  process.exit(2);
}
const widths = [1280, 390];
const pages = fs.readdirSync(htmlDir)
  .filter((name) => name.endsWith(".html") && !["pages.html", "graph_legend.html"].includes(name))
  .sort();
fs.mkdirSync(shotDir, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
});
const problems = [];

async function open(name, width) {
  const page = await browser.newPage();
  const errors = [];
  // MathJax 2 probes for fonts with a deliberately empty one (MathJax_Blank,
  // src: url(about:blank)); the browser reports that probe as an error.
  const probe = (text) => text.includes("about:blank");
  page.on("console", (message) => {
    if (message.type() === "error" && !probe(message.text()) &&
        !message.text().startsWith("Failed to load resource: net::ERR_FAILED")) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(`script error: ${error.message}`));
  page.on("requestfailed", (request) => {
    if (!probe(request.url())) errors.push(`not loaded: ${request.url()}`);
  });
  await page.setViewport({ width, height: 900 });
  await page.goto(pathToFileURL(path.join(htmlDir, name)).href, { waitUntil: "load" });
  // MathJax 2 typesets after load: wait until its queue is empty.
  await page.evaluate(() => new Promise((done) => {
    if (!window.MathJax || !window.MathJax.Hub) return done();
    window.MathJax.Hub.Queue(done);
  }));
  // ... and until its "Loading ..." message is gone (screenshots without it).
  await page.waitForFunction(() => {
    const message = document.getElementById("MathJax_Message");
    return !message || message.style.display === "none" || message.offsetParent === null;
  }, { timeout: 10000 }).catch(() => {});
  return { page, errors };
}

for (const name of pages) {
  for (const width of widths) {
    const { page, errors } = await open(name, width);
    const check = () => {
      const out = [];
      // The page, the pane that scrolls it, and the text: none may be wider
      // than its box (a wide listing scrolls inside its own box instead).
      for (const selector of ["html", "#doc-content", "div.contents"]) {
        const box = document.querySelector(selector);
        if (box && box.scrollWidth > box.clientWidth + 1) {
          out.push(`${selector} is ${box.scrollWidth} px wide in ${box.clientWidth} px`);
        }
      }
      for (const img of document.querySelectorAll("img")) {
        if (!img.complete || img.naturalWidth === 0) out.push(`image not loaded: ${img.src}`);
        if (!img.alt && !img.closest("#nav-tree, .navpath, #titlearea")) {
          out.push(`image without alt text: ${img.src}`);
        }
      }
      for (const object of document.querySelectorAll("object")) {
        if (object.offsetParent === null) continue;  // not shown at this width (the other rendering)
        if (!object.contentDocument || !object.contentDocument.querySelector("svg")) {
          out.push(`embedded SVG not loaded: ${object.data}`);
        }
      }
      for (const figure of document.querySelectorAll(".contents object, .contents iframe")) {
        if (!figure.getAttribute("aria-label")) {
          out.push(`figure without a text alternative: ${figure.data || figure.src}`);
        }
      }
      for (const error of document.querySelectorAll(".MathJax_Error, .merror")) {
        out.push(`MathJax error: ${error.textContent}`);
      }
      const raw = document.querySelector(".contents");
      if (raw && /\\\(|\\\[/.test(raw.innerText)) out.push("a formula was left as TeX");
      // Every figure shown fits its box and its text stays readable: at
      // least 10 px once the SVG is scaled to the width it is shown at.
      for (const object of document.querySelectorAll("div.image object")) {
        if (object.offsetParent === null) continue;  // the other screen's rendering
        const svg = object.contentDocument && object.contentDocument.querySelector("svg");
        if (!svg) continue;  // reported above
        const box = svg.viewBox.baseVal;
        if (!box || !box.width) {
          out.push(`figure without a viewBox (it cannot scale): ${object.data}`);
          continue;
        }
        const shown = object.getBoundingClientRect().width;
        const inside = object.parentElement.clientWidth;
        if (shown > inside + 1) out.push(`figure ${object.data} is ${Math.round(shown)} px wide in ${inside} px`);
        let smallest = Infinity;
        for (const text of svg.querySelectorAll("text")) {
          if (!text.textContent.trim()) continue;
          smallest = Math.min(smallest, parseFloat(object.contentWindow.getComputedStyle(text).fontSize));
        }
        const px = smallest * shown / box.width;
        if (px < 9.95) out.push(`figure ${object.data}: text ${px.toFixed(1)} px high, under 10 px`);
      }
      return out;
    };
    const found = await page.evaluate(check);
    // Again with every <details> open: an answer, a listing or a transcript
    // that is folded away must not make the page wider either.
    const folded = await page.evaluate(() => {
      const all = [...document.querySelectorAll("details")];
      for (const details of all) details.open = true;
      return all.length;
    });
    if (folded > 0) {
      await page.evaluate(() => new Promise((done) => {
        if (!window.MathJax || !window.MathJax.Hub) return done();
        window.MathJax.Hub.Queue(["Rerender", window.MathJax.Hub], done);
      }));
      for (const problem of await page.evaluate(check)) {
        found.push(`with its ${folded} <details> open: ${problem}`);
      }
    }
    for (const problem of [...found, ...errors]) problems.push(`${name} at ${width} px: ${problem}`);
    await page.screenshot({ path: path.join(shotDir, `${path.basename(name, ".html")}-${width}.png`),
                            fullPage: true });
    await page.close();
  }
}

// Search from the box in a page's header, at both widths: typing a word and
// pressing Enter opens the search page, which must list the page expected.
for (const width of widths) {
  const { page, errors } = await open("chapter3.html", width);
  const box = await page.$("#nn-search-box");
  if (!box || !(await box.isVisible())) {
    problems.push(`chapter3.html at ${width} px: no search box in the header`);
  } else {
    await box.type("sigmoid");
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press("Enter")]);
    await page.waitForFunction(() => document.querySelectorAll("#book-search-results a").length > 0,
                               { timeout: 10000 }).catch(() => {});
    const hits = await page.$$eval("#book-search-results a", (links) =>
      links.map((link) => link.getAttribute("href")));
    if (!page.url().includes("search.html?q=sigmoid") || !hits.includes("chapter1.html")) {
      problems.push(`header search at ${width} px: ${page.url()} found ${JSON.stringify(hits)}`);
    }
  }
  for (const error of errors) problems.push(`header search at ${width} px: ${error}`);
  await page.close();
}

// Search: the word must find the page.
for (const [word, expected] of [["sigmoid", "chapter1.html"], ["backpropagation", "chapter4.html"]]) {
  const { page, errors } = await open("search.html", 1280);
  await page.type("#book-search-input", word);
  const hits = await page.$$eval("#book-search-results a", (links) =>
    links.map((link) => link.getAttribute("href")));
  if (!hits.includes(expected)) {
    problems.push(`search for "${word}" found ${JSON.stringify(hits)}, not ${expected}`);
  }
  for (const error of errors) problems.push(`search.html: ${error}`);
  await page.close();
}

// The playground, if it was built (docs/playground/): on chapter 5's page, at
// both widths, it trains with chapter_5's settings, set from the keyboard,
// and must show, line for line, the table the book's own runs of chapter_5
// printed (their transcripts, in ../transcripts/ beside HTML_DIR): the
// defaults (0.0021 at epoch 3600), then learning rate 50 (the spike). On
// chapter 6's page, the arrow keys and the pointer move the new person and
// the probability follows. Without emscripten the pages must say how to get it.
const table = (file) => fs.readFileSync(path.join(htmlDir, "..", "transcripts", file), "utf8")
  .split("\n").filter((line) => /^(epoch |after all )/.test(line)).join("\n");
async function train(page, settings) {
  for (const [name, value] of Object.entries(settings)) {
    await page.focus(`#nn-pg0-${name}`);
    await page.keyboard.down("Control");
    await page.keyboard.press("KeyA");  // select what the field holds, to type over it
    await page.keyboard.up("Control");
    await page.keyboard.press("Backspace");  // an empty field is a case too
    await page.keyboard.type(value);
  }
  await page.focus("#nn-pg0-train");
  await page.keyboard.press("Enter");  // the Train button, from the keyboard
  await page.waitForFunction(() => /after all|Stopped|Not trained/.test(
    document.querySelector(".nn-pg-table").textContent + document.querySelector(".nn-pg-status").textContent),
    { timeout: 60000 });
  return page.$eval(".nn-pg-table", (pre) => pre.textContent);
}
let playground = "not built";
for (const width of widths) {
  const { page, errors } = await open("chapter5.html", width);
  if (!(await page.evaluate(() => NN_PLAYGROUND_MODULE !== null))) {
    const text = await page.$eval(".nn-playground", (div) => div.textContent);
    if (!text.includes("apt-get install emscripten")) problems.push("chapter5.html: the playground is missing and the page does not say how to get it");
    await page.close();
    continue;
  }
  playground = "trained in the page";
  for (const [settings, transcript] of [[{ lr: "0.15", seed: "42" }, "chapter_5.txt"],
                                        [{ lr: "50", epochs: "4", every: "1" }, "chapter_5_lr50.txt"]]) {
    const shown = await train(page, settings);
    if (shown !== table(transcript)) {
      problems.push(`playground at ${width} px, ${JSON.stringify(settings)}: shows\n${shown}\n` +
                    `but chapter_5 printed (${transcript})\n${table(transcript)}`);
    }
  }
  // Hostile input, typed into the fields (the rest at chapter_5's defaults):
  // each is refused with the playground's own message, naming the field and
  // chapter_5's range, and the last run's results are gone from the page.
  const defaults = { lr: "0.15", hidden: "4", epochs: "4000", seed: "42", every: "400" };
  const refusals = [
    [{ lr: "-1" }, "the learning rate must be a number above 0"],
    [{ lr: "abc" }, "the learning rate must be a number above 0"],
    [{ hidden: "0" }, "hidden units must be a whole number from 1 to 4096"],
    [{ hidden: "2.5" }, "hidden units must be a whole number from 1 to 4096"],
    [{ epochs: "0" }, "epochs must be a whole number from 1 to 1000000"],
    [{ epochs: "0.4" }, "epochs must be a whole number from 1 to 1000000"],
    [{ epochs: "1e9" }, "epochs must be a whole number from 1 to 1000000"],
    [{ seed: "-3" }, "the seed must be a whole number from 0 to 4294967295"],
    [{ seed: "7.5" }, "the seed must be a whole number from 0 to 4294967295"],
    [{ seed: "NaN" }, "the seed must be a whole number from 0 to 4294967295"],
    [{ seed: "abc" }, "the seed must be a whole number from 0 to 4294967295"],
    [{ seed: "" }, "the seed must be a whole number from 0 to 4294967295 (as chapter_5 --seed), got nothing"],
  ];
  for (const [typed, message] of refusals) {
    await train(page, defaults);  // results on screen, which the refusal must clear
    await train(page, { ...defaults, ...typed });
    const after = await page.evaluate(() => ({
      status: document.querySelector(".nn-pg-status").textContent,
      table: document.querySelector(".nn-pg-table").textContent,
      person: document.querySelector(".nn-pg-person").textContent }));
    if (!after.status.startsWith("Not trained: ") || !after.status.includes(message) ||
        after.table !== "" || !after.person.includes("train first")) {
      problems.push(`playground at ${width} px, ${JSON.stringify(typed)}: ${JSON.stringify(after)}`);
    }
  }
  // A run whose loss stops moving: the playground warns as chapter_5 does on
  // its error stream, word for word (chapter_5 is run here for the comparison).
  await page.select("#nn-pg0-scaling", "0");  // none
  await train(page, defaults);
  const stuck = await page.$eval(".nn-pg-status", (p) => p.textContent);
  const stderr = spawnSync(path.join(htmlDir, "..", "..", "bin", "chapter_5"),
                           ["--scaling", "none", "--no-figures"], { encoding: "utf8" }).stderr;
  const warning = stderr.trim().replace(/^warning: /, "");
  if (!warning.startsWith("the loss has not moved") ||
      !stuck.includes(` Warning (chapter_5 prints it too): ${warning}.`)) {
    problems.push(`playground at ${width} px, scaling none: status ${JSON.stringify(stuck)}, ` +
                  `chapter_5 warned ${JSON.stringify(stderr)}`);
  }
  await page.select("#nn-pg0-scaling", "1");  // back to centre, the article's
  // chapter_5 --lr 1e308 trains (and diverges): so must the playground.
  await train(page, { ...defaults, lr: "1e308", epochs: "3" });
  const huge = await page.$eval(".nn-pg-status", (p) => p.textContent);
  if (huge.startsWith("Not trained")) problems.push(`playground: --lr 1e308 refused: ${huge}`);
  for (const error of errors) problems.push(`playground at ${width} px: ${error}`);
  await page.close();
}
if (playground !== "not built") {
  const { page, errors } = await open("chapter6.html", 390);
  await train(page, {});
  await page.focus(".nn-pg-plots canvas[tabindex]");
  for (let k = 0; k < 4; ++k) await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => /66\.0 in, 145\.0 lb: P\(male\) = 0\.\d{4}/.test(
    document.querySelector(".nn-pg-person").textContent), { timeout: 10000 })
    .catch(() => problems.push("chapter6.html: the arrow keys did not move the new person"));
  // And with the pointer: dragged to a quarter of the width (61.5 in), half the height (140 lb).
  const box = await (await page.$(".nn-pg-plots canvas[tabindex]")).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => {
    const [, height, weight] = /(\d+\.\d) in, (\d+\.\d) lb: P\(male\)/
      .exec(document.querySelector(".nn-pg-person").textContent) || [];
    return Math.abs(height - 61.5) < 0.3 && Math.abs(weight - 140) < 1;
  }, { timeout: 10000 }).catch(() => problems.push("chapter6.html: dragging did not move the new person"));
  for (const error of errors) problems.push(`chapter6.html playground: ${error}`);
  await page.close();
}

await browser.close();
console.log(`playground: ${playground}`);
console.log(`checked ${pages.length} pages at ${widths.join(" and ")} px; screenshots in ${shotDir}`);
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("no problems");
