// experiment.cpp - chapter 8: split, standardise, train, test.
#include "08_real_data/experiment.h"

#include "08_real_data/metrics.h"
#include "08_real_data/tumours.h"
#include "plumbing/bad_input.h"

namespace {

// Each part of the split must hold malignant and benign rows: a test part
// without malignant rows has no recall to measure (0 / 0), a training part
// without them nothing to learn. A BadInput names the seed and the counts.
void check_both_kinds(const DataSet& tumours, const Split& split, std::uint32_t seed) {
  const std::pair<const char*, const std::vector<int>*> parts[] = {
      {"training", &split.train}, {"validation", &split.validation}, {"test", &split.test}};
  for (const auto& [name, rows] : parts) {
    int malignant = 0;
    for (const int row : *rows) malignant += tumours.y(row, 0) == 1.0 ? 1 : 0;
    const int size = static_cast<int>(rows->size());
    if (malignant == 0 || malignant == size) {
      throw BadInput("the split with seed " + std::to_string(seed) + " put only " +
                     (malignant == 0 ? "benign" : "malignant") + " rows among the " +
                     std::to_string(size) + " " + name +
                     " rows: the data set is too small or too one-sided for it (try another seed)");
    }
  }
}

}  // namespace

//! [experiment]
Outcome run_experiment(const DataSet& tumours, const Settings& settings,
                       const MinibatchSettings& mb) {
  Outcome run;
  NumpyRandom rng(settings.seed);  // one random stream for everything
  run.split = split_rows(rng, tumours.X.rows());
  check_both_kinds(tumours, run.split, settings.seed);  // a small file can be unlucky
  run.parts = standardise_split(take_rows(tumours, run.split.train),
                                take_rows(tumours, run.split.validation),
                                take_rows(tumours, run.split.test));
  run.net = init_network(rng, tumours.X.cols(), settings.hidden, 1, settings.init_scale);
  run.history = train_minibatch(run.net, run.parts.train, run.parts.validation, settings, mb, rng);
  run.y_hat = forward(run.net, run.parts.test.X).y_hat;  // looked at once, at the end
  run.counts = confusion_matrix(run.y_hat, run.parts.test.y);
  run.roc = roc_curve(run.y_hat, run.parts.test.y);
  return run;
}
//! [experiment]
