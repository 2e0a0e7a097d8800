// playground.js - the playground on the chapter 5 and 6 pages.
//
// Every <div class="nn-playground"> becomes a small lab: settings, a Train
// button, the table of losses chapter_5 prints, the loss curve and the
// decision boundary, drawn while the network trains, and the new person of
// chapter 6, who can be dragged (or moved with the arrow keys) to see the
// probability change. The training is chapter 5's own C++ (playground.cpp,
// compiled to WebAssembly), run in a Web Worker so that the page stays
// responsive. Nothing is loaded from the network.
(function () {
  'use strict';
  const HEIGHTS = [56, 78], WEIGHTS = [100, 180];  // the plane chapter 6's figure shows
  const GRID_W = 44, GRID_H = 32;                   // boundary: one cell per half inch, 2.5 lb
  const PEOPLE = [[65, 133, 0], [72, 160, 1], [70, 152, 1], [60, 120, 0]];  // the article's four

  // The worker's own code, after the module's: it answers 'train' and 'probability'.
  const WORKER = `
    let nn = null, busy = Promise.resolve();
    function grid() {
      const g = new Float64Array(${GRID_W} * ${GRID_H});
      for (let j = 0; j < ${GRID_H}; ++j)
        for (let i = 0; i < ${GRID_W}; ++i)
          g[j * ${GRID_W} + i] = nn.probability(
            ${HEIGHTS[0]} + (i + 0.5) * ${(HEIGHTS[1] - HEIGHTS[0]) / GRID_W},
            ${WEIGHTS[1]} - (j + 0.5) * ${(WEIGHTS[1] - WEIGHTS[0]) / GRID_H});
      return g;
    }
    onmessage = (event) => {
      busy = busy.then(() => handle(event.data))
                 .catch((error) => postMessage({ type: 'error', message: String(error) }));
    };
    async function handle(m) {
      if (!nn) {
        const module = await NNPlayground();
        nn = { start: module.cwrap('nn_start', 'string', ['string', 'string', 'string', 'string', 'string', 'number']),
               printEvery: module.cwrap('nn_print_every', 'number', []),
               train: module.cwrap('nn_train', 'string', ['number']),
               loss: module.cwrap('nn_loss', 'string', []),
               stuck: module.cwrap('nn_stuck_warning', 'string', []),
               probability: module.cwrap('nn_probability', 'number', ['number', 'number']) };
      }
      if (m.type === 'probability') {
        postMessage({ type: 'probability', p: nn.probability(m.height, m.weight) });
        return;
      }
      // The fields as typed: the C++ checks them, with chapter_5's limits.
      const refused = nn.start(m.seed, m.hidden, m.lr, m.epochs, m.every, m.scaling);
      if (refused) { postMessage({ type: 'refused', message: refused }); return; }
      const epochs = Number(m.epochs);
      postMessage({ type: 'started', epochs, printEvery: nn.printEvery() });
      const chunk = Math.max(1, Math.ceil(epochs / 40));
      for (let done = 0; done < epochs; done += chunk) {
        const text = nn.train(Math.min(chunk, epochs - done));
        if (text.startsWith('error: ')) { postMessage({ type: 'error', message: text.slice(7) }); return; }
        const rows = text.trim().split('\\n').map((line) => line.split(' '));
        postMessage({ type: 'progress', rows, grid: grid() });
      }
      postMessage({ type: 'done', loss: nn.loss().split(' ')[1], stuck: nn.stuck() });
    }`;

  function element(tag, attributes, parent, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }

  function setUp(root, index) {
    if (typeof NN_PLAYGROUND_MODULE === 'undefined' || NN_PLAYGROUND_MODULE === null) {
      root.classList.add('nn-playground-missing');
      element('p', {}, root, 'The playground was not built: it needs emscripten. Install it ' +
        '(Debian/Ubuntu: sudo apt-get install emscripten), then build the book again ' +
        '(cmake --workflow --preset book) and reload this page.');
      return;
    }
    const id = (name) => `nn-pg${index}-${name}`;
    // novalidate: every refusal is the playground's own message, not the browser's bubble.
    const form = element('form', { class: 'nn-pg-controls', novalidate: '' }, root);
    const field = (name, label, attributes) => {
      const box = element('div', { class: 'nn-pg-field' }, form);
      element('label', { for: id(name) }, box, label);
      return element(attributes.options ? 'select' : 'input', { id: id(name), ...attributes.input }, box);
    };
    // Text fields: what is typed reaches the C++ as typed ("abc" included), which
    // checks it against chapter_5's limits (common/plumbing/option_limits.h).
    const number = (value) => ({ input: { type: 'text', inputmode: 'decimal', value, spellcheck: 'false' } });
    const lr = field('lr', 'learning rate', number('0.15'));
    const hidden = field('hidden', 'hidden units', number('4'));
    const epochs = field('epochs', 'epochs', number('4000'));
    const seed = field('seed', 'seed', number('42'));
    const every = field('every', 'print every', number('400'));  // chapter_5's --print-every
    const scaling = field('scaling', 'scaling', { options: true, input: {} });
    ['none', 'centre', 'standardise'].forEach((name, k) =>
      element('option', k === 1 ? { value: k, selected: '' } : { value: k }, scaling, name));
    const train = element('button', { type: 'submit', id: id('train') }, form, 'Train');
    const status = element('p', { class: 'nn-pg-status', role: 'status', 'aria-live': 'polite' }, root,
      'Press Train: chapter 5\'s C++, compiled to WebAssembly, trains here in your browser.');
    const progress = element('progress', { max: '1', value: '0', 'aria-label': 'training progress' }, root);
    const plots = element('div', { class: 'nn-pg-plots' }, root);
    const lossCanvas = element('canvas', { width: '400', height: '260', role: 'img', 'aria-label': 'loss curve (empty: not trained yet)' }, plots);
    const planeCanvas = element('canvas', { width: '400', height: '260', tabindex: '0', role: 'img',
      'aria-label': 'P(male) across heights and weights; the new person can be moved with the arrow keys' }, plots);
    element('p', { class: 'nn-pg-legend' }, root, 'The first plot: the loss at every epoch, on a log ' +
      'scale. The second: P(male) ' +
      'for every height and weight, blue above 0.5, orange below, white at the boundary; circles ' +
      'are the two men, squares the two women, the black dot the new person (drag it, or focus ' +
      'the plot and use the arrow keys).');
    const person = element('p', { class: 'nn-pg-person', 'aria-live': 'polite' }, root);
    const table = element('pre', { class: 'nn-pg-table', id: id('table') }, root);

    let worker = null, rows = [], grid = null, trained = false, where = { height: 68, weight: 145 };
    const lossPlot = lossCanvas.getContext('2d'), plane = planeCanvas.getContext('2d');

    // The loss on a log scale, as chapter 5's figure draws it: one grid line
    // and label per power of ten, from the lowest loss to the highest.
    function drawLoss(total) {
      const c = lossPlot, w = lossCanvas.width, h = lossCanvas.height, left = 52, bottom = 34;
      const plotW = w - left - 8, plotH = h - bottom - 8;
      c.clearRect(0, 0, w, h);
      c.strokeStyle = '#888'; c.strokeRect(left, 8, plotW, plotH);
      c.fillStyle = '#444'; c.font = '12px sans-serif';
      c.fillText('epoch', left + plotW / 2 - 16, h - 4);
      c.save(); c.translate(12, 8 + plotH / 2); c.rotate(-Math.PI / 2);
      c.fillText('loss (log scale)', -44, 0); c.restore();
      if (rows.length === 0) return;
      const losses = rows.map((r) => Math.max(Number(r[1]), 1e-12)).filter(Number.isFinite);
      const lo = Math.floor(Math.log10(Math.min(...losses)));
      const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...losses))));
      const toY = (loss) => 8 + plotH * (hi - Math.log10(Math.max(loss, 1e-12))) / (hi - lo);
      const step = Math.ceil((hi - lo) / 6);  // at most about six labels
      for (let k = lo; k <= hi; k += step) {
        const y = toY(10 ** k);
        c.strokeStyle = '#e4e4e4'; c.beginPath(); c.moveTo(left, y); c.lineTo(left + plotW, y); c.stroke();
        c.fillStyle = '#444'; c.fillText(`1e${k}`, left - 36, y + 4);
      }
      c.fillText('0', left - 3, h - bottom + 14);
      c.fillText(String(total), left + plotW - 8 * String(total).length, h - bottom + 14);
      c.strokeStyle = '#0072B2'; c.lineWidth = 2; c.beginPath();
      rows.forEach((r, k) => {
        const x = left + plotW * (Number(r[0]) / Math.max(1, total - 1));
        const y = toY(Number(r[1]));
        if (k === 0) c.moveTo(x, y); else c.lineTo(x, y);
      });
      c.stroke(); c.lineWidth = 1;
      lossCanvas.setAttribute('aria-label', `loss curve on a log scale: ${rows.length} epochs, last loss ${rows[rows.length - 1][2]}`);
    }
    const toX = (height) => (height - HEIGHTS[0]) / (HEIGHTS[1] - HEIGHTS[0]) * planeCanvas.width;
    const toY = (weight) => (WEIGHTS[1] - weight) / (WEIGHTS[1] - WEIGHTS[0]) * planeCanvas.height;
    function drawPlane() {
      const c = plane, w = planeCanvas.width, h = planeCanvas.height;
      c.clearRect(0, 0, w, h);
      if (grid) {
        for (let j = 0; j < GRID_H; ++j) for (let i = 0; i < GRID_W; ++i) {
          const p = grid[j * GRID_W + i];  // white at 0.5, blue for men, orange for women
          const strength = Math.abs(p - 0.5) * 2;
          const shade = (full) => Math.round(255 + strength * (full - 255));  // white -> full
          c.fillStyle = p >= 0.5 ? `rgb(${shade(0)},${shade(114)},${shade(178)})`
                                 : `rgb(${shade(213)},${shade(94)},${shade(0)})`;
          c.fillRect(i * w / GRID_W, j * h / GRID_H, w / GRID_W + 1, h / GRID_H + 1);
        }
      }
      for (const [height, weight, male] of PEOPLE) {
        c.strokeStyle = '#000'; c.lineWidth = 2; c.beginPath();
        if (male) c.arc(toX(height), toY(weight), 6, 0, 2 * Math.PI);
        else c.rect(toX(height) - 5, toY(weight) - 5, 10, 10);
        c.stroke();
      }
      c.fillStyle = '#222'; c.beginPath();
      c.arc(toX(where.height), toY(where.weight), 7, 0, 2 * Math.PI); c.fill();
      c.font = '12px sans-serif';
      for (const [text, x, y] of [[`height ${HEIGHTS[0]}-${HEIGHTS[1]} in →`, 4, h - 4],
                                  [`↑ weight ${WEIGHTS[0]}-${WEIGHTS[1]} lb`, 4, 14]]) {
        c.fillStyle = 'rgba(255,255,255,0.8)'; c.fillRect(x - 2, y - 11, c.measureText(text).width + 4, 14);
        c.fillStyle = '#222'; c.fillText(text, x, y);
      }
    }
    function askProbability() {
      const text = `The new person: ${where.height.toFixed(1)} in, ${where.weight.toFixed(1)} lb`;
      if (!worker || !trained) { person.textContent = `${text} (train first to see P(male))`; return; }
      worker.postMessage({ type: 'probability', height: where.height, weight: where.weight });
    }
    function moveTo(height, weight) {
      where = { height: Math.min(HEIGHTS[1], Math.max(HEIGHTS[0], height)),
                weight: Math.min(WEIGHTS[1], Math.max(WEIGHTS[0], weight)) };
      drawPlane(); askProbability();
    }
    function fromPointer(event) {
      const box = planeCanvas.getBoundingClientRect();
      moveTo(HEIGHTS[0] + (event.clientX - box.left) / box.width * (HEIGHTS[1] - HEIGHTS[0]),
             WEIGHTS[1] - (event.clientY - box.top) / box.height * (WEIGHTS[1] - WEIGHTS[0]));
    }
    planeCanvas.addEventListener('pointerdown', (e) => { planeCanvas.setPointerCapture(e.pointerId); fromPointer(e); });
    planeCanvas.addEventListener('pointermove', (e) => { if (e.buttons) fromPointer(e); });
    planeCanvas.addEventListener('keydown', (e) => {
      const step = { ArrowLeft: [-0.5, 0], ArrowRight: [0.5, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
      if (!step) return;
      e.preventDefault(); moveTo(where.height + step[0], where.weight + step[1]);
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (worker) worker.terminate();
      const settings = { type: 'train', lr: lr.value.trim(), hidden: hidden.value.trim(),
        epochs: epochs.value.trim(), seed: seed.value.trim(), every: every.value.trim(),
        scaling: Number(scaling.value) };
      // The last run's results go at once: nothing on screen belongs to other settings.
      rows = []; grid = null; table.textContent = ''; progress.value = 0; trained = false;
      drawLoss(0); drawPlane(); askProbability();
      let total = 0, printEvery = 1;
      status.textContent = 'Training…';
      const url = URL.createObjectURL(new Blob([NN_PLAYGROUND_MODULE, WORKER], { type: 'text/javascript' }));
      worker = new Worker(url);
      worker.onmessage = ({ data }) => {
        if (data.type === 'refused') { status.textContent = 'Not trained: ' + data.message + '.'; return; }
        if (data.type === 'error') { status.textContent = 'Stopped: ' + data.message; return; }
        if (data.type === 'started') { total = data.epochs; printEvery = data.printEvery; return; }
        if (data.type === 'probability') {
          person.textContent = `The new person: ${where.height.toFixed(1)} in, ${where.weight.toFixed(1)} lb: ` +
            `P(male) = ${data.p.toFixed(4)}`;
          return;
        }
        if (data.type === 'progress') {
          rows.push(...data.rows); grid = data.grid;
          progress.value = rows.length / total;
          table.textContent = rows.filter((r) => Number(r[0]) % printEvery === 0)
            .map((r) => `epoch ${r[0].padStart(4)}   loss ${r[2]}`).join('\n');
          drawLoss(total); drawPlane();
          return;
        }
        table.textContent += `\nafter all ${total} epochs: loss ${data.loss}`;
        trained = true;
        status.textContent = `Trained: the same run as chapter_5 --lr ${settings.lr} --epochs ${total} ` +
          `--seed ${settings.seed} --hidden ${settings.hidden} --print-every ${printEvery} ` +
          `--scaling ${scaling.selectedOptions[0].textContent}.` +
          (data.stuck ? ` Warning (chapter_5 prints it too): ${data.stuck}.` : '');
        askProbability();
      };
      worker.onerror = (e) => { status.textContent = 'The worker failed: ' + e.message; };
      worker.postMessage(settings);
    });
    drawLoss(0); drawPlane(); askProbability();
  }

  document.querySelectorAll('.nn-playground').forEach(setUp);
})();
