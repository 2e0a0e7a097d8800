// Chapter 9: making it fast. Chapter 5's training loop, timed next to four
// speed-ups of the same arithmetic, on the article's network and on a larger one.
#include <iostream>

#include "09_making_it_fast/comparison.h"
#include "plumbing/command_line.h"

int main(int argc, char** argv) try {
  int hidden = 256, batch = 1024, epochs = 5, repeats = 7;  // the larger network's run
  CommandLine options("chapter_9", "making it fast");
  options.number(hidden, kLargerHiddenRange, "H of the larger network")
      .number(batch, kLargerBatchRange, "N: synthetic people the larger network trains on")
      .number(epochs, kLargerEpochsRange, "epochs the larger network trains per timing")
      .number(repeats, kRepeatsRange, "times each trainer runs; the table shows the median");
  if (options.parse(argc, argv) == Parsed::help_shown) return 0;
  check_larger_size(hidden, batch);
  std::cout << "Chapter 9: making it fast\n\n"
            << "Time per epoch, the median of " << repeats << " runs of each trainer.\n";

  //! [article]
  const Settings article;  // 2-4-1, the four people, 4000 epochs
  const DataSet people{centre_people(people_raw()), labels()};
  std::cout << "\nThe article's network (2-4-1, 4 people, " << article.epochs << " epochs):\n";
  const std::vector<Timing> small = compare_trainers(init_network(article), people, article, repeats);
  print_timings(std::cout, small);
  //! [article]
  describe_timings(std::cout, small);

  //! [larger]
  Settings larger;
  larger.hidden = hidden;
  larger.epochs = epochs;
  const DataSet many = synthetic_people(batch);
  std::cout << "\nA larger network (2-" << larger.hidden << "-1, " << many.X.rows()
            << " synthetic people, " << larger.epochs << " epochs):\n";
  const std::vector<Timing> large = compare_trainers(init_network(larger), many, larger, repeats);
  print_timings(std::cout, large);
  //! [larger]
  describe_timings(std::cout, large);
  return finish_output("chapter_9");
} catch (const std::exception& error) {
  return report_error("chapter_9", error);
}
