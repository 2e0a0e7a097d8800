// Tests for the functions chapters 1-6 teach, beyond the exercise tests
// (tests/exercises/test_exercises.cpp), which check every function on cases
// worked by hand and against NumPy: here the error messages a student meets,
// the shapes on the article's data, and a tiny network worked through by hand.
#include <cmath>

#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/one_step.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "catch.h"
#include "check_close.h"

namespace {

void require_close(const Matrix& got, const Matrix& expected, double tolerance = kExact) {
  REQUIRE(check_close("result", got, expected, tolerance));
}

// A 2-2-1 network small enough to check by hand.
Network tiny_network() {
  return Network{Matrix{{1, -1}, {0.5, 2}}, Matrix{{0, 1}}, Matrix{{2}, {-1}}, Matrix{{0.5}}};
}

}  // namespace

// ---- chapter 1 ------------------------------------------------------------

TEST_CASE("chapter1/neuron_wrong_input_size") {
  const Neuron neuron{Matrix{{0.4}, {-1.2}, {0.7}}, 0.1};
  REQUIRE_THROWS_WITH(neuron.forward(Matrix{{1.0, 2.0}}),
                      "matmul: (1,2) @ (3,1): inner dimensions 2 and 3 differ");
}

// ---- chapter 2 ------------------------------------------------------------

TEST_CASE("chapter2/dataset_is_centred") {
  require_close(centre_people(people_raw()), Matrix{{-2, -7}, {5, 20}, {3, 12}, {-7, -20}});
  require_close(labels(), Matrix{{0}, {1}, {1}, {0}});
}

TEST_CASE("chapter2/forward_by_hand") {
  // x = (1, 2): z1 = (1*1 + 2*0.5 + 0, 1*-1 + 2*2 + 1) = (2, 4)
  const ForwardCache cache = forward(tiny_network(), Matrix{{1, 2}});
  const double a1 = sigmoid(2.0);
  const double a2 = sigmoid(4.0);
  require_close(cache.a1, Matrix{{a1, a2}});
  require_close(cache.y_hat, Matrix{{sigmoid(2 * a1 - a2 + 0.5)}});
}

TEST_CASE("chapter2/forward_shapes_on_the_article_data") {
  const ForwardCache cache = forward(init_network(Settings{}), centre_people(people_raw()));
  REQUIRE(cache.a1.shape() == "(4,4)");
  REQUIRE(cache.y_hat.shape() == "(4,1)");
  for (double p : cache.y_hat.values()) {
    REQUIRE(p > 0.0);
    REQUIRE(p < 1.0);
  }
}

TEST_CASE("chapter2/forward_wrong_input_shape") {
  REQUIRE_THROWS_WITH(forward(init_network(Settings{}), Matrix(4, 3)),
                      "matmul: (4,3) @ (2,4): inner dimensions 3 and 2 differ");
}

// ---- chapter 3 ------------------------------------------------------------

TEST_CASE("chapter3/bce_shape_error") {
  REQUIRE_THROWS_WITH(bce_loss(Matrix(4, 1), Matrix(1, 4)),
                      "bce_loss: (4,1) vs (1,4): element-wise operations need equal shapes");
}

// ---- chapter 4 ------------------------------------------------------------

TEST_CASE("chapter4/gradients_have_their_parameters_shapes") {
  const Network net = init_network(Settings{});
  const Matrix X = centre_people(people_raw());
  const Gradients g = backward(net, X, labels(), forward(net, X));
  REQUIRE(g.dW1.shape() == net.W1.shape());
  REQUIRE(g.db1.shape() == net.b1.shape());
  REQUIRE(g.dW2.shape() == net.W2.shape());
  REQUIRE(g.db2.shape() == net.b2.shape());
}

// ---- chapter 5 ------------------------------------------------------------

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

// ---- chapter 6 ------------------------------------------------------------

// chapter_5's closing note says what the run did, not what runs usually do:
// made-up histories whose story is known (stuck, falling, overshooting).
static std::string unwrapped(std::string text) {  // the note is wrapped at 78 columns
  for (char& c : text) c = c == '\n' ? ' ' : c;
  return text;
}

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

TEST_CASE("chapter6/prediction_centres_the_new_person") {
  const Network net = tiny_network();
  // 68 in, 145 lb centred is (1, 5): the same as feeding (1, 5) to forward.
  const double expected = forward(net, Matrix{{1, 5}}).y_hat(0, 0);
  const InputScaling centred = input_scaling(Scaling::centre, people_raw());
  REQUIRE(check_close("P(male) for 68 in, 145 lb", predict_probability(net, centred, 68, 145),
                      expected, kExact));
}
