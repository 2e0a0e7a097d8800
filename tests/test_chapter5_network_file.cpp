// Saving and loading a trained network (chapters/05_training_loop/network_file.h).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <thread>

#include "02_stacking_layers/dataset.h"
#include "05_training_loop/network_file.h"
#include "05_training_loop/training.h"
#include "catch.h"
#include "scratch_file.h"

namespace {

// The article's scaling, saved with every network below.
const InputScaling kCentred = input_scaling(Scaling::centre, people_raw());

// The message load_network throws for `text`, or "" if it loads.
std::string load_error(const std::string& text) {
  const std::string path = scratch_file("broken.txt");
  std::ofstream(path) << text;
  std::string message;
  try {
    load_network(path, 2, 1);
  } catch (const MatrixFileError& error) {
    message = error.what();
  }
  std::filesystem::remove(path);
  return message.substr(message.find(':') + 1);  // without the scratch file's name
}

// `net` saved (with the article's scaling) and read back.
Network saved_and_loaded(const Network& net, const std::string& name) {
  const std::string path = scratch_file(name);
  save_network(path, net, kCentred, Settings());
  const Network loaded = load_network(path, 2, 1).net;
  std::filesystem::remove(path);
  return loaded;
}

// An empty scratch folder of the test's own.
std::filesystem::path empty_folder(const std::string& name) {
  const std::filesystem::path folder = scratch_file(name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

// How many files `folder` holds (each named in the test's output).
int files_in(const std::filesystem::path& folder) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    UNSCOPED_INFO("in the folder: " << entry.path());
    ++files;
  }
  return files;
}

}  // namespace

TEST_CASE("weights/save_then_load_gives_identical_predictions") {
  Settings settings;
  settings.epochs = 300;
  settings.hidden = 5;
  Network trained = init_network(settings);
  const Matrix X = centre_people(people_raw());
  train(trained, X, labels(), settings);

  const Network loaded = saved_and_loaded(trained, "trained.txt");

  // 17 significant digits read back as the very same doubles: equal, not close.
  CHECK(loaded.W1.values() == trained.W1.values());
  CHECK(loaded.b1.values() == trained.b1.values());
  CHECK(loaded.W2.values() == trained.W2.values());
  CHECK(loaded.b2.values() == trained.b2.values());
  CHECK(forward(loaded, X).y_hat.values() == forward(trained, X).y_hat.values());
}

TEST_CASE("weights/load_errors_name_the_line") {
  const std::string good_W1 = "W1 2 1\n0.5\n-1\n";
  const std::string good =
      good_W1 + "b1 1 1\n0\nW2 1 1\n2\nb2 1 1\n0.1\n" + "x_shift 1 2\n67 140\nx_divide 1 2\n1 1\n";
  CHECK(load_error(good + checksum_line(good)).empty());
  CHECK(load_error(good) ==
        " the last line should be the checksum ('# crc32 ...'): the file is incomplete, or "
        "was not written by chapter_5");
  CHECK(load_error(good + "# crc32 00000000\n").rfind(" the checksum does not match", 0) == 0);
  CHECK(load_error(good_W1 + "b1 1 1\n0\nW2 1 1\n") ==
        "7: the file ends where row 1 of W2 should be (is it truncated?)");
  CHECK(load_error(good_W1 + "b1 1 2\n0 0\n") ==
        "4: b1 should be (1,1) to match W1 (2,1), got (1,2)");
  CHECK(load_error("# comment\nW1 2 1\n0.5\nabc\n") == "4: 'abc' in W1 is not a number");
  CHECK(load_error("W1 2 1\n0.5 7\n") == "2: W1 row 1 has more than 1 numbers");
  CHECK(load_error("W1 2 1\ninf\n") == "2: W1 holds inf, not a finite number");
  CHECK(load_error("b1 1 1\n") == "1: expected matrix W1, found 'b1'");
  CHECK(load_error(good_W1 + "b1 1 1\n0\nW2 2 1\n2\n3\n") ==
        "6: W2 should have 1 rows to match W1 (2,1), got (2,1)");
  CHECK(load_error(good_W1 + "b1 1 1\n0\nW2 1 2\n2 3\n") ==
        "6: W2 should have 1 column(s), one per output, got (1,2)");
  CHECK(load_error(good_W1 + "b1 1 1\n0\nW2 1 1\n2\nb2 2 1\n0.1\n0.2\n") ==
        "8: b2 should be (1,1) to match W2 (1,1), got (2,1)");
  CHECK(load_error(good_W1 + "b1 1 1\n0\nW2 1 1\n2\nb2 1 2\n0.1 0.2\n") ==
        "8: b2 should be (1,1) to match W2 (1,1), got (1,2)");
  const std::string to_b2 = good_W1 + "b1 1 1\n0\nW2 1 1\n2\nb2 1 1\n0.1\n";
  CHECK(load_error(to_b2 + "x_shift 1 1\n67\n") ==
        "10: x_shift should be (1,2), one number per input, got (1,1)");
  CHECK(load_error(to_b2 + "x_shift 1 2\n67 140\nx_divide 1 2\n1 0\n") ==
        "12: x_divide holds 0, not above 0");
  // Nothing may follow x_divide: a second network appended is damage, not data.
  CHECK(load_error(good + "W1 2 1\n") == "14: expected the end of the file, found 'W1 2 1'");
}

// Saving replaces the file in one step (a new file renamed over the old one),
// never by rewriting it in place: a reader, or a run killed half-way, sees
// the whole old network or the whole new one. A second name for the old file
// (a hard link) shows which happened: rewriting in place would change what
// it holds too. No temporary file may be left behind.
TEST_CASE("weights/save_replaces_the_file_in_one_step") {
  const std::filesystem::path folder = empty_folder("atomic-save");
  const std::string path = (folder / "trained.txt").string();
  const std::string old_name = (folder / "old.txt").string();
  std::ofstream(path) << "the old network\n";
  std::filesystem::create_hard_link(path, old_name);

  save_network(path, init_network(Settings()), kCentred, Settings());

  std::ifstream old_file(old_name);
  const std::string old_text((std::istreambuf_iterator<char>(old_file)),
                             std::istreambuf_iterator<char>());
  CHECK(old_text == "the old network\n");              // untouched: not rewritten in place
  CHECK(load_network(path, 2, 1).net.W1.rows() == 2);  // the new network, whole
  CHECK(files_in(folder) == 2);  // trained.txt and old.txt: no temporary file left behind
  std::filesystem::remove_all(folder);
}

// What chapter_5 writes, chapter_6 reads: subnormal numbers (below 2.2e-308)
// included, which std::stod refuses.
TEST_CASE("weights/subnormal_numbers_round_trip") {
  Network net = init_network(Settings());
  net.W1(0, 0) = 1e-320;
  net.b2(0, 0) = -4.9e-324;  // the smallest double there is
  const Network loaded = saved_and_loaded(net, "subnormal.txt");
  CHECK(loaded.W1.values() == net.W1.values());
  CHECK(loaded.b2.values() == net.b2.values());
}

TEST_CASE("weights/a_network_that_is_not_finite_is_not_saved") {
  Network net = init_network(Settings());
  net.W2(3, 0) = std::nan("");
  const std::string path = scratch_file("not-finite.txt");
  std::string message;
  try {
    save_network(path, net, kCentred, Settings());
  } catch (const MatrixFileError& error) {
    message = error.what();
  }
  CHECK(message.rfind("refusing to save a network that is not finite (W2 holds nan)", 0) == 0);
  CHECK_FALSE(std::filesystem::exists(path));
}

namespace {

// A network of `hidden` units whose every weight is `value`: two writers
// saving different values are told apart by any one number.
Network filled(int hidden, double value) {
  Network net;
  net.W1 = Matrix(2, hidden, value);
  net.b1 = Matrix(1, hidden, value);
  net.W2 = Matrix(hidden, 1, value);
  net.b2 = Matrix(1, 1, value);
  return net;
}

// True if `net` is `filled(hidden, value)` exactly.
bool is_filled(const Network& net, double value) {
  for (const Matrix* m : {&net.W1, &net.b1, &net.W2, &net.b2}) {
    for (const double v : m->values()) {
      if (v != value) return false;
    }
  }
  return true;
}

}  // namespace

// Two runs saving the same file at once, while a third reads it: every read
// finds one writer's whole network, and no temporary file is left behind.
TEST_CASE("weights/two_writers_and_a_reader") {
  const std::filesystem::path folder = empty_folder("two-writers");
  const std::string path = (folder / "trained.txt").string();
  constexpr int kHidden = 1024, kRounds = 40;
  save_network(path, filled(kHidden, 1.0), kCentred, Settings());
  auto writer = [&](double value) {
    for (int i = 0; i < kRounds; ++i)
      save_network(path, filled(kHidden, value), kCentred, Settings());
  };
  int whole = 0, reads = 0;
  std::string problem;
  auto reader = [&] {
    for (int i = 0; i < 2 * kRounds; ++i, ++reads) {
      try {
        const Network net = load_network(path, 2, 1).net;
        if (is_filled(net, 1.0) || is_filled(net, 2.0)) ++whole;
      } catch (const std::exception& error) {
        problem = error.what();
      }
    }
  };
  std::thread a(writer, 1.0), b(writer, 2.0), c(reader);
  a.join();
  b.join();
  c.join();
  INFO("a read failed with: " << problem);
  CHECK(whole == reads);
  CHECK(files_in(folder) == 1);
  std::filesystem::remove_all(folder);
}

// A run killed (SIGKILL) at a random moment while saving leaves the old
// network or the new one, whole: never a file chapter_6 refuses, never a
// mixture. (Its temporary file may stay behind: nothing can remove it then.)
TEST_CASE("weights/killed_while_saving") {
  const std::filesystem::path folder = empty_folder("killed");
  const std::string path = (folder / "trained.txt").string();
  constexpr int kHidden = 2048;
  save_network(path, filled(kHidden, 1.0), kCentred, Settings());
  std::mt19937 random(12345);  // the moments of the kills: the same every run
  for (int round = 0; round < 20; ++round) {
    const pid_t child = fork();
    REQUIRE(child != -1);
    if (child == 0) {  // the child saves, alternating two networks, until killed
      for (int i = 0;; ++i) save_network(path, filled(kHidden, 1.0 + i % 2), kCentred, Settings());
    }
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 20000));
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    const Network net = load_network(path, 2, 1).net;
    INFO("round " << round);
    CHECK((is_filled(net, 1.0) || is_filled(net, 2.0)));
  }
  std::filesystem::remove_all(folder);
}
