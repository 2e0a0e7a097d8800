// Chapter 2's tests beyond its exercises (tests/exercises/): the data, a tiny
// network worked through by hand, the shapes and their errors, and the first
// weights against NumPy's.
#include "01_single_neuron/neuron.h"
#include "02_stacking_layers/dataset.h"
#include "02_stacking_layers/network.h"
#include "catch.h"
#include "check_close.h"
#include "numpy_parity.h"

namespace {

void require_close(const Matrix& got, const Matrix& expected, double tolerance = kExact) {
  REQUIRE(check_close("result", got, expected, tolerance));
}

// A 2-2-1 network small enough to check by hand.
Network tiny_network() {
  return Network{Matrix{{1, -1}, {0.5, 2}}, Matrix{{0, 1}}, Matrix{{2}, {-1}}, Matrix{{0.5}}};
}

}  // namespace

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

TEST_CASE("parity/initial_weights") {
  const Network net = init_network(article_reference().settings());
  require_matches_numpy("W1_init", net.W1);
  require_matches_numpy("W2_init", net.W2);
}
