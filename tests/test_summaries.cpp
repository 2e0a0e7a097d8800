// What chapters 7 and 8 print, and the readers' edge cases, on inputs made
// by hand: each expected text below was worked out from those inputs, not
// copied from a run, so a summary that reads the wrong column, a metric with
// the wrong denominator or a count one too many fails here even when every
// book run happens to hide it.
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "07_deeper_networks/deep_training.h"
#include "07_deeper_networks/experiments.h"
#include "08_real_data/metrics.h"
#include "08_real_data/report.h"
#include "catch.h"
#include "plumbing/csv_file.h"
#include "plumbing/matrix_file.h"
#include "scratch_file.h"

namespace {

// TP 7, FP 2, FN 3, TN 8: FP and FN differ, so a metric that mixes them up shows.
Confusion made_up_counts() {
  Confusion c;
  c.true_positives = 7;
  c.false_positives = 2;
  c.false_negatives = 3;
  c.true_negatives = 8;
  return c;
}

std::string written(const std::string& name, const std::string& text) {
  const std::string path = scratch_file(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("summaries/metrics_of_a_made_up_confusion_matrix") {
  const Confusion c = made_up_counts();
  CHECK(accuracy(c) == 15.0 / 20);            // (7 + 8) / 20
  CHECK(precision(c) == 7.0 / 9);             // 7 / (7 + 2)
  CHECK(recall(c) == 7.0 / 10);               // 7 / (7 + 3)
  CHECK(false_positive_rate(c) == 2.0 / 10);  // 2 / (2 + 8)
  Confusion none_called;                      // nothing called malignant: precision is 0 / 0
  none_called.false_negatives = 4;
  none_called.true_negatives = 6;
  CHECK(std::isnan(precision(none_called)));
  CHECK(recall(none_called) == 0.0);
  CHECK(false_positive_rate(none_called) == 0.0);
}

TEST_CASE("summaries/chapter8_test_results_and_one_line") {
  std::ostringstream out;
  print_test_results(out, made_up_counts(), 0.91234);
  CHECK(out.str() ==
        "                   really malignant   really benign\n"
        "  said malignant                  7               2\n"
        "  said benign                     3               8\n"
        "Accuracy 75.0%, precision 77.8%, recall 70.0%, ROC AUC 0.9123\n");
  std::ostringstream line;
  print_seed_line(line, 2, made_up_counts());
  CHECK(line.str() ==
        "  seed  2: accuracy 75.0%, precision 77.8%, recall 70.0%, 3 malignant missed\n");
  Confusion none_called;
  none_called.false_negatives = 4;
  none_called.true_negatives = 6;
  std::ostringstream undefined;
  print_seed_line(undefined, 3, none_called);
  CHECK(undefined.str() ==
        "  seed  3: accuracy 60.0%, precision undefined, recall 0.0%, 4 malignant missed\n");
}

TEST_CASE("summaries/chapter8_history_and_early_stop") {
  MinibatchHistory history;
  history.train_losses = {0.9, 0.5, 0.4, 0.35, 0.3};
  history.validation_losses = {0.8, 0.6, 0.45, 0.5, 0.55};
  history.best_epoch = 2;  // the third epoch: 0.45
  history.stopped_early = true;
  std::ostringstream out;
  print_history(out, history, 2);
  CHECK(out.str() ==
        "  epoch   training loss   validation loss\n"
        "      1          0.9000            0.8000\n"
        "      2          0.5000            0.6000\n"
        "      4          0.3500            0.5000\n"
        "      5          0.3000            0.5500\n"
        "Lowest validation loss: 0.4500 after epoch 3\n"
        "Stopped early after epoch 5: no better validation loss for 2 epochs; the network "
        "of epoch 3 is kept.\n");
}

TEST_CASE("summaries/chapter7_norms_table_and_what_to_notice") {
  // Three layers; each activation's first/last ratio differs: 100, 2, 0.5.
  const LayerNorms norms = {{1e-2, 1e-3, 1e-4}, {2.0, 1.5, 1.0}, {0.5, 0.75, 1.0}};
  std::ostringstream out;
  print_gradient_norms(out, norms);
  CHECK(out.str() ==
        "Gradient size |dW| of each layer at the first step (same seed and init;\n"
        "layer 1 takes the inputs, layer 3 is the sigmoid output layer;\n"
        "the last row is not a layer: layer 1's size divided by layer 3's):\n"
        "       layer      sigmoid         tanh         relu\n"
        "           1     1.00e-02     2.00e+00     5.00e-01\n"
        "           2     1.00e-03     1.50e+00     7.50e-01\n"
        "           3     1.00e-04     1.00e+00     1.00e+00\n"
        "   ratio 1/3     1.00e+02     2.00e+00     5.00e-01\n");
  const std::string notice = what_the_norms_show(norms);
  CHECK(notice.find("1.0e+02 times the output\nlayer's with sigmoid, 2.0e+00 times with tanh "
                    "and 5.0e-01 times with ReLU") != std::string::npos);
}

TEST_CASE("summaries/chapter7_dead_units_and_revivals") {
  // Hidden layer 1: unit 0 off for every example (dead), unit 1 on for one
  // example of two (alive); hidden layer 2: unit 0 alive, unit 1 dead.
  DeepCache cache;
  cache.a = {Matrix({{1, 2}, {3, 4}}),  // the inputs: never counted
             Matrix({{0, 0}, {0, 0.5}}), Matrix({{0.1, 0}, {0, 0}}),
             Matrix({{0.5}, {0.5}})};  // the output: never counted
  const DeadUnits dead = find_dead_units(cache);
  REQUIRE(dead.size() == 2);
  CHECK(dead[0] == std::vector<bool>{true, false});
  CHECK(dead[1] == std::vector<bool>{false, true});

  Revivals revivals;
  revivals.watch(0, {{true, true}, {true, false}});
  revivals.watch(1, {{true, false}, {true, false}});   // layer 1 unit 1 back at epoch 1
  revivals.watch(2, {{true, true}, {false, false}});   // layer 2 unit 0 back at epoch 2
  revivals.watch(3, {{true, false}, {false, false}});  // layer 1 unit 1 back again
  CHECK(revivals.first_epoch == 1);
  CHECK(revivals.by_layer == std::vector<int>{2, 1});
  CHECK(revivals.total() == 3);
}

TEST_CASE("readers/numbers_the_files_accept") {
  for (const char* number : {"0", "-1", "0.5", "12.25", "1e5", "2.5e-3", "-7e+2"}) {
    INFO(number);
    CHECK(plain_number(number));
  }
  for (const char* word : {"", "1e", "2.5e-", "1e+", ".5", "5.", "+1", "0x10", "1.2.3", "nan",
                           "1E5", "inf", "1,5", " 1", "1 "}) {
    INFO("'" << word << "'");
    CHECK_FALSE(plain_number(word));
  }
}

TEST_CASE("readers/csv_with_windows_line_ends") {
  const CsvTable table = read_csv(written("crlf.csv", "2,1,a,b\r\n1.5,0\r\n-2,1\r\n"), "data file");
  CHECK(table.header == std::vector<std::string>{"2", "1", "a", "b"});
  REQUIRE(table.rows.rows() == 2);
  CHECK(table.rows(0, 0) == 1.5);
  CHECK(table.rows(1, 0) == -2.0);
  CHECK(table.rows(1, 1) == 1.0);
}

TEST_CASE("readers/csv_with_an_extra_field") {
  const std::string path = written("extra.csv", "2,1,a,b\n1.5,0\n-2,1,7\n");
  std::string message;
  try {
    read_csv(path, "data file");
  } catch (const CsvError& error) {
    message = error.what();
  }
  CHECK(message.find("extra.csv:3: 3 fields, but line 2 has 2") != std::string::npos);
}
