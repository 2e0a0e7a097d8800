// Chapter 5's tests beyond its exercises (tests/exercises/): training lowers
// the loss, the one-step sweep keeps the slope's promise, the closing note
// says what the run did; every loss, the trained weights and the new
// person's answer against NumPy's; and chapter_5 itself prints NumPy's
// losses. (Saving and loading the network: test_chapter5_network_file.cpp.)
#include <string>
#include <vector>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "05_training_loop/one_step.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "catch.h"
#include "check_close.h"
#include "numpy_parity.h"
#include "program_output.h"
#include "scratch_file.h"

namespace {

std::string unwrapped(std::string text) {  // the note is wrapped at 78 columns
  for (char& c : text) c = c == '\n' ? ' ' : c;
  return text;
}

// The article's inputs, scaled as the NumPy reference says, and labels.
const InputScaling scaling = article_scaling();
const Matrix X = scale_inputs(people_raw(), scaling);
const Matrix y = labels();

}  // namespace

TEST_CASE("chapter5/training_lowers_the_loss") {
  Settings settings;
  settings.epochs = 200;
  Network net = init_network(settings);
  const TrainingHistory history = train(net, centre_people(people_raw()), labels(), settings);
  REQUIRE(history.losses.size() == 200);
  REQUIRE(history.losses.back() < history.losses.front());
}

// The one-step sweep chapter 5's figure draws: short steps do what the slope
// promises, long ones overshoot it.
TEST_CASE("chapter5/one_step_short_steps_keep_the_promise") {
  const OneStep step =
      one_step_at_every_rate(init_network(Settings{}), centre_people(people_raw()), labels());
  REQUIRE(step.reached.size() == step.promised.size());
  REQUIRE(step.reached.front().first == 0.01);
  REQUIRE(step.reached.back().first <= 100.0 * 1.0001);
  REQUIRE(step.reached.back().first * 1.02 > 100.0 * 1.0001);
  // The promise is a straight line, L - lr |g|^2: its slope and start from two points.
  const auto [lr0, p0] = step.promised[0];
  const auto [lr1, p1] = step.promised[1];
  const double squared = (p0 - p1) / (lr1 - lr0), loss = p0 + lr0 * squared;
  REQUIRE(squared > 0);
  // At lr 0.01 the step goes downhill by lr |g|^2, to within 1% of that drop.
  const double drop = loss - step.reached[0].second;
  REQUIRE(std::abs(drop - lr0 * squared) < 0.01 * lr0 * squared);
  // At lr 100 the line promises a negative loss; the real step cannot go below 0.
  REQUIRE(step.promised.back().second < 0);
  REQUIRE(step.reached.back().second > 0);
}

// chapter_5's closing note says what the run did, not what runs usually do:
// made-up histories whose story is known (stuck, falling, overshooting).
TEST_CASE("chapter5/closing_note_follows_the_run") {
  const Matrix y = labels();  // 0, 1, 1, 0
  Matrix start(4, 1), halves(4, 1), good(4, 1);
  start(0, 0) = 0.6, start(1, 0) = 0.4, start(2, 0) = 0.45, start(3, 0) = 0.55;
  for (int i = 0; i < 4; ++i) halves(i, 0) = 0.5;
  good(0, 0) = 0.1, good(1, 0) = 0.9, good(2, 0) = 0.8, good(3, 0) = 0.3;

  TrainingHistory stuck;
  stuck.losses.push_back(0.7014);
  stuck.losses.resize(2000, 0.69314718);
  stuck.predictions = {start, halves};
  const std::string on_stuck = unwrapped(what_the_losses_did(stuck, y, false));
  CHECK(on_stuck.find("stopped moving") != std::string::npos);
  CHECK(on_stuck.find("last 1000 epochs") != std::string::npos);
  CHECK(on_stuck.find("Every prediction is 0.5000") != std::string::npos);
  CHECK(on_stuck.find("never rose") == std::string::npos);
  // The warning chapter_5 prints on stderr, and the playground shows.
  CHECK(stuck_warning(stuck.losses)
            .find("the loss has not moved in the last 1000 epochs (it stays at "
                  "0.693147): training is stuck") == 0);

  TrainingHistory falling;
  for (int e = 0; e < 100; ++e) falling.losses.push_back(0.7 / (1 + e));
  falling.predictions = {start, good};
  const std::string on_falling = unwrapped(what_the_losses_did(falling, y, false));
  CHECK(on_falling.find("never rose in the 100 epochs") != std::string::npos);
  CHECK(on_falling.find("4 of the 4 predictions moved towards") != std::string::npos);
  CHECK(on_falling.find("4 of 4 end on the right") != std::string::npos);
  CHECK(stuck_warning(falling.losses).empty());

  TrainingHistory overshooting;
  overshooting.losses = {0.78, 6.55, 0.5};
  Matrix wrong = good;
  wrong(0, 0) = 0.7;  // person 1 (target 0) further away than at the start
  overshooting.predictions = {start, wrong};
  const std::string on_overshoot = unwrapped(what_the_losses_did(overshooting, y, false));
  CHECK(on_overshoot.find("rose at 1 of the 3 epochs, first at epoch 1") != std::string::npos);
  CHECK(on_overshoot.find("3 of the 4 predictions moved towards") != std::string::npos);
  CHECK(on_overshoot.find("3 of 4 end on the right") != std::string::npos);
}

TEST_CASE("parity/training_losses_predictions_and_new_person") {
  const Settings settings = article_reference().settings();
  Network net = init_network(settings);
  const TrainingHistory history = train(net, X, y, settings);

  // (epoch, loss) rows for epochs 0, print_every, 2*print_every, ... like the script's "losses".
  const int rows = (settings.epochs + settings.print_every - 1) / settings.print_every;
  Matrix logged(rows, 2);
  for (int r = 0; r < rows; ++r) {
    logged(r, 0) = r * settings.print_every;
    logged(r, 1) = history.losses[r * settings.print_every];
  }
  require_matches_numpy("losses", logged);
  require_matches_numpy("predictions_final", forward(net, X).y_hat);
  require_matches_numpy("W1_final", net.W1);
  require_matches_numpy("b1_final", net.b1);
  require_matches_numpy("W2_final", net.W2);
  require_matches_numpy("b2_final", net.b2);
  require_matches_numpy("new_person_probability",
                        Matrix{{predict_probability(net, scaling, 68, 145)}});
}

TEST_CASE("programs/chapter5_prints_numpy_losses") {
  const ReferenceFile& numpy = numpy_reference();
  const std::string weights = scratch_file("chapter5-weights.txt");
  const std::string output = output_of(std::string(NN_CHAPTER_5) + " --no-figures" +
                                       options_for(numpy.settings()) + " --weights " + weights);
  std::filesystem::remove(weights);
  const Matrix& losses = numpy["losses"];
  for (int r = 0; r < losses.rows(); ++r) {
    // chapter_5 prints "epoch  400   loss 0.0202"
    const std::string line = "epoch " + printf_string("%4.0f", losses(r, 0)) + "   loss " +
                             printf_string("%.4f", losses(r, 1));
    INFO("looking for '" << line << "' in chapter_5's output:\n" << output);
    CHECK(output.find(line + "\n") != std::string::npos);
  }
  // After training: the loss and the predictions of the trained network (a
  // fresh forward pass), not the last ones logged before the last update.
  const std::string final_loss = "after all " + std::to_string(numpy.settings().epochs) +
                                 " epochs: loss " +
                                 printf_string("%.4f", numpy["loss_final"](0, 0)) + "\n";
  INFO("looking for '" << final_loss << "' in chapter_5's output:\n" << output);
  CHECK(output.find(final_loss) != std::string::npos);
  const Matrix& predictions = numpy["predictions_final"];
  for (int person = 0; person < predictions.rows(); ++person) {
    // the table's last column: "     1   73 in   190 lb       1      0.9834"
    const std::string column = printf_string("%12.4f", predictions(person, 0)) + "\n";
    INFO("looking for person " << person + 1 << "'s prediction '" << column << "'");
    CHECK(output.find(column) != std::string::npos);
  }
}
