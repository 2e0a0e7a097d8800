// Same seed, same numbers as NumPy.
//
// tests/numpy_reference.py runs the article's algorithm in NumPy and writes
// every intermediate value; tests/numpy_references/article.txt is its committed output
// (NumPy 1.24.2, Debian 12). These tests run the C++ chapters with the same
// settings and require agreement to kParityTolerance.
//
// The file read is $NUMPY_REFERENCE if set (CTest's live NumPy test points it
// at a fresh run of the script), else the committed file.
#include <string>

#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "03_loss/loss.h"
#include "04_backprop/backprop.h"
#include "05_training_loop/training.h"
#include "06_prediction/prediction.h"
#include "catch.h"
#include "check_close.h"
#include "reference_file.h"

namespace {

const ReferenceFile& article_reference() { return numpy_reference(); }

void require_matches_numpy(const std::string& name, const Matrix& cpp) {
  const Matrix& numpy = article_reference()[name];
  REQUIRE(check_close(name + " (C++, against NumPy's in " + article_reference().path() + ")", cpp,
                      numpy, kParityTolerance));
}

// The inputs scaled as the reference's settings say (the article: centred).
const InputScaling scaling = input_scaling(article_reference().settings().scaling, people_raw());
const Matrix X = scale_inputs(people_raw(), scaling);
const Matrix y = labels();

}  // namespace

TEST_CASE("parity/initial_weights") {
  const Network net = init_network(article_reference().settings());
  require_matches_numpy("W1_init", net.W1);
  require_matches_numpy("W2_init", net.W2);
}

TEST_CASE("parity/untrained_predictions_loss_and_gradients") {
  const Network net = init_network(article_reference().settings());
  const ForwardCache cache = forward(net, X);
  require_matches_numpy("predictions_init", cache.y_hat);
  require_matches_numpy("loss_init", Matrix{{bce_loss(cache.y_hat, y)}});
  const Gradients g = backward(net, X, y, cache);
  require_matches_numpy("dW1_init", g.dW1);
  require_matches_numpy("db1_init", g.db1);
  require_matches_numpy("dW2_init", g.dW2);
  require_matches_numpy("db2_init", g.db2);
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
