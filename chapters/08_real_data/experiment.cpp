// experiment.cpp - chapter 8: split, standardise, train, test.
#include "08_real_data/experiment.h"

#include "08_real_data/metrics.h"
#include "08_real_data/tumours.h"

//! [experiment]
Outcome run_experiment(const DataSet& tumours, const Settings& settings,
                       const MinibatchSettings& mb) {
  Outcome run;
  NumpyRandom rng(settings.seed);  // one random stream for everything
  run.split = split_rows(rng, tumours.X.rows());
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
