// Chapter 9: making it fast. Chapter 5's training loop, timed next to four
// speed-ups of the same arithmetic, on the article's network and on a larger one.
#include <iostream>

#include "09_making_it_fast/comparison.h"
#include "plumbing/chapter_run.h"

int main(int argc, char** argv) try {
  const ChapterRun run(
      argc, argv, "chapter_9", "making it fast", kNoOptions,
      {{"hidden", 256, 1, 4096, "H of the larger network", true},
       {"batch", 1024, 1, 65536, "N: synthetic people the larger network trains on", true},
       {"epochs", 5, 1, 100000, "epochs the larger network trains per timing", true},
       {"repeats", 7, 1, 1000, "times each trainer runs; the table shows the median", true}});
  const int repeats = static_cast<int>(run.number("repeats"));
  check_larger_size(static_cast<int>(run.number("hidden")), static_cast<int>(run.number("batch")));
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
  larger.hidden = static_cast<int>(run.number("hidden"));
  larger.epochs = static_cast<int>(run.number("epochs"));
  const DataSet many = synthetic_people(static_cast<int>(run.number("batch")));
  std::cout << "\nA larger network (2-" << larger.hidden << "-1, " << many.X.rows()
            << " synthetic people, " << larger.epochs << " epochs):\n";
  const std::vector<Timing> large = compare_trainers(init_network(larger), many, larger, repeats);
  print_timings(std::cout, large);
  //! [larger]
  describe_timings(std::cout, large);
  return 0;
} catch (const std::exception& error) {
  return report_error("chapter_9", error);
}
