// Chapter 8: the same network on real data. 569 breast masses, 30 measurements
// each: split them, standardise with the training rows, train in mini-batches,
// and judge the result once, on rows the network never saw.
#include <iostream>

#include "08_real_data/experiment.h"
#include "08_real_data/metrics.h"
#include "08_real_data/report.h"
#include "08_real_data/tumours.h"
#include "chapter8_figures.h"
#include "plumbing/command_line.h"

int main(int argc, char** argv) try {
  Settings settings;  // the article's, except:
  settings.hidden = 8;
  settings.learning_rate = 0.1;
  settings.epochs = 100;
  settings.print_every = 10;
  MinibatchSettings mb;  // its defaults, unless the options say otherwise
  int repeats = 5;
  std::string data_file = NN_TUMOUR_DATA;
  CommandLine options("chapter_8", "a real data set: breast cancer diagnosis");
  options.seed(settings).training(settings).hidden(settings);
  options.number(mb.batch_size, kBatchSizeRange, "B: rows per gradient step")
      .number(mb.l2, kL2Range, "weight decay: each step pulls W1 and W2 towards 0 by l2 * W")
      .number(mb.patience, kPatienceRange, "early stopping: epochs to wait (0: never)")
      .number(repeats, kRepeatRange, "then run again with seeds 1 to N, one line each")
      .file("data", data_file, "the data set, a CSV file like data/breast_cancer.csv");
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;

  //! [run]
  const DataSet tumours = load_tumours(data_file);  // X (569,30), y (569,1)
  const Outcome outcome = run_experiment(tumours, settings, mb);
  //! [run]
  std::cout << "Chapter 8: a real data set\n\n"
            << tumours.X.rows() << " masses, " << tumours.X.cols() << " features; "
            << outcome.split.train.size() << " to train on, " << outcome.split.validation.size()
            << " to choose when to stop, " << outcome.split.test.size() << " to test on (seed "
            << settings.seed << ")\n\n";
  print_history(std::cout, outcome.history, settings.print_every);
  std::cout << "\nOn the " << outcome.split.test.size()
            << " test masses, never seen in training:\n";
  print_test_results(std::cout, outcome.counts, area_under(outcome.roc));

  //! [repeat]
  // The same experiment with other seeds: another split, another start.
  for (int seed = 1; seed <= repeats; ++seed) {
    Settings other = settings;
    other.seed = seed;
    print_seed_line(std::cout, seed, run_experiment(tumours, other, mb).counts);
  }
  //! [repeat]

  draw_losses(options.figure_folder(), outcome.history, settings.hidden);
  draw_confusion(options.figure_folder(), outcome.counts, settings.hidden);
  draw_roc(options.figure_folder(), outcome.roc, area_under(outcome.roc),
           {false_positive_rate(outcome.counts), recall(outcome.counts)}, settings.hidden);
  std::cout << "\nWhat to notice: " << outcome.counts.false_negatives
            << " malignant masses were called benign. In screening, that is the\n"
               "mistake that costs most: recall, not accuracy, is the number to watch.\n";
  return finish_output("chapter_8");
} catch (const std::exception& error) {  // e.g. a shape mismatch, a broken data file
  return report_error("chapter_8", error);
}
