// Tests for common/matrix.h: every operation, and every shape error's message.
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "catch.h"
#include "check_close.h"
#include "matrix.h"
#include "names.h"

namespace {

// Element-by-element equality, exactly; prints both matrices when they differ.
void require_equal(const Matrix& got, const Matrix& expected) {
  REQUIRE(check_close("result", got, expected, 0.0));
}

const Matrix A{{1, 2, 3}, {4, 5, 6}};     // (2,3)
const Matrix B{{6, 5, 4}, {3, 2, 1}};     // (2,3)
const Matrix C{{1, 0}, {0, 1}, {2, -1}};  // (3,2)

// The storage is read-only from outside, even on a non-const Matrix: a
// push_back through values() would break the shape, so it does not compile.
static_assert(
    std::is_same_v<decltype(std::declval<Matrix&>().values()), const std::vector<double>&>);

}  // namespace

TEST_CASE("matrix/construct_and_shape") {
  const Matrix zeros(2, 3);
  REQUIRE(zeros.rows() == 2);
  REQUIRE(zeros.cols() == 3);
  REQUIRE(zeros.size() == 6);
  REQUIRE(zeros.shape() == "(2,3)");
  REQUIRE(zeros.values() == std::vector<double>(6, 0.0));
  REQUIRE(Matrix(1, 2, 7.5).values() == std::vector<double>{7.5, 7.5});
  REQUIRE(Matrix().shape() == "(0,0)");
  REQUIRE(A(0, 2) == 3);  // row-major: row 0, column 2
  REQUIRE(A(1, 0) == 4);
}

TEST_CASE("matrix/element_write") {
  Matrix m(2, 2);
  m(1, 0) = 9;
  require_equal(m, Matrix{{0, 0}, {9, 0}});
}

TEST_CASE("matrix/bad_construction_errors") {
  REQUIRE_THROWS_WITH((Matrix{{1, 2}, {3}}), "Matrix: row 1 has 1 values but row 0 has 2");
  REQUIRE_THROWS_WITH(Matrix(-1, 2), "Matrix: shape (-1,2) has a negative side");
  REQUIRE_THROWS_AS(Matrix(-1, 2), ShapeError);
}

TEST_CASE("matrix/index_out_of_range_error") {
  REQUIRE_THROWS_WITH(A(2, 0), "Matrix (2,3): element (2,0) is outside the matrix");
  REQUIRE_THROWS_WITH(A(0, -1), "Matrix (2,3): element (0,-1) is outside the matrix");
  REQUIRE_THROWS_AS(A(0, 3), std::out_of_range);
}

TEST_CASE("matrix/add_subtract") {
  require_equal(A - B, Matrix{{-5, -3, -1}, {1, 3, 5}});
  REQUIRE_THROWS_WITH(A - C, "subtract: (2,3) - (3,2): element-wise operations need equal shapes");
  REQUIRE_THROWS_AS(A - C, ShapeError);
  Matrix W = A;
  W -= 0.5 * B;  // the update step's W -= lr * dW
  require_equal(W, Matrix{{-2, -0.5, 1}, {2.5, 4, 5.5}});
}

TEST_CASE("matrix/hadamard") {
  require_equal(hadamard(A, B), Matrix{{6, 10, 12}, {12, 10, 6}});
  REQUIRE_THROWS_WITH(hadamard(A, C),
                      "hadamard: (2,3) * (3,2): element-wise operations need equal shapes");
}

TEST_CASE("matrix/scalar_operations") {
  require_equal(2.0 * A, Matrix{{2, 4, 6}, {8, 10, 12}});
  require_equal(A / 2.0, Matrix{{0.5, 1, 1.5}, {2, 2.5, 3}});
  require_equal(1.0 - A, Matrix{{0, -1, -2}, {-3, -4, -5}});
}

TEST_CASE("matrix/map_and_zip_with") {
  require_equal(map(A, [](double x) { return x * x; }), Matrix{{1, 4, 9}, {16, 25, 36}});
  require_equal(zip_with("max", "vs", A, B, [](double x, double y) { return std::fmax(x, y); }),
                Matrix{{6, 5, 4}, {4, 5, 6}});
  REQUIRE_THROWS_WITH(zip_with("max", "vs", A, C, [](double x, double) { return x; }),
                      "max: (2,3) vs (3,2): element-wise operations need equal shapes");
}

TEST_CASE("matrix/matmul") {
  // (2,3) @ (3,2) -> (2,2): [1 2 3].[1 0 2] = 7, [1 2 3].[0 1 -1] = -1, ...
  require_equal(matmul(A, C), Matrix{{7, -1}, {16, -1}});
  // (3,2) @ (2,3) -> (3,3)
  require_equal(matmul(C, A), Matrix{{1, 2, 3}, {4, 5, 6}, {-2, -1, 0}});
  // A row times a column is one number: the neuron's weighted sum.
  require_equal(matmul(Matrix{{1, 2}}, Matrix{{3}, {4}}), Matrix{{11}});
}

TEST_CASE("matrix/matmul_shape_error") {
  const Matrix X(4, 2);
  const Matrix y(4, 1);
  REQUIRE_THROWS_WITH(matmul(X, y), "matmul: (4,2) @ (4,1): inner dimensions 2 and 4 differ");
  REQUIRE_THROWS_WITH(matmul(A, B), "matmul: (2,3) @ (2,3): inner dimensions 3 and 2 differ");
  REQUIRE_THROWS_AS(matmul(A, B), ShapeError);
}

TEST_CASE("matrix/matmul_matrix_times_vector") {
  require_equal(matmul(A, Matrix{{1}, {0}, {-1}}), Matrix{{-2}, {-2}});
  // A transposed on the left, as in a weight gradient X^T @ dz.
  require_equal(matmul(transpose(C), Matrix{{1, 2}, {3, 4}, {5, 6}}), Matrix{{11, 14}, {-2, -2}});
}

TEST_CASE("matrix/transpose") {
  require_equal(transpose(A), Matrix{{1, 4}, {2, 5}, {3, 6}});
  require_equal(transpose(transpose(A)), A);
  require_equal(transpose(Matrix{{1, 2, 3}}), Matrix{{1}, {2}, {3}});
}

TEST_CASE("matrix/add_to_each_row") {
  require_equal(add_to_each_row(A, Matrix{{10, 20, 30}}), Matrix{{11, 22, 33}, {14, 25, 36}});
  REQUIRE_THROWS_WITH(add_to_each_row(A, Matrix{{1, 2}}),
                      "add_to_each_row: (2,3) + (1,2): the row must be (1,3)");
  REQUIRE_THROWS_WITH(add_to_each_row(A, B),
                      "add_to_each_row: (2,3) + (2,3): the row must be (1,3)");
}

TEST_CASE("matrix/column_means") {
  require_equal(column_means(A), Matrix{{2.5, 3.5, 4.5}});
  require_equal(column_means(Matrix{{1, 2}}), Matrix{{1, 2}});
  REQUIRE_THROWS_WITH(column_means(Matrix(0, 3)), "column_means: (0,3): no rows to average");
}

TEST_CASE("matrix/mean") {
  REQUIRE(mean(A) == 3.5);
  REQUIRE(mean(Matrix{{-1, 1}}) == 0.0);
  REQUIRE_THROWS_WITH(mean(Matrix()), "mean: (0,0): no elements to average");
}

// The tests' own comparison (check_close.h): a NaN anywhere is the worst
// difference there is, never a small one.
TEST_CASE("matrix/worst_entry_sees_nan_and_infinity") {
  REQUIRE(worst_entry(A, A).difference == 0.0);
  const WorstEntry worst = worst_entry(A, B);
  REQUIRE(worst.difference == 5.0);
  REQUIRE((worst.row == 0 && worst.col == 0));
  const double nan = std::nan("");
  REQUIRE(std::isnan(worst_entry(Matrix{{nan}}, Matrix{{1}}).difference));
  REQUIRE(std::isnan(worst_entry(Matrix{{9, nan, 1}}, Matrix{{1, 1, 1}}).difference));
  REQUIRE(std::isinf(worst_entry(Matrix{{1, HUGE_VAL}}, Matrix{{1, 1}}).difference));
}

// check_close itself, on the inputs that fooled the first edition's tests:
// each of these cases must fail ([!shouldfail] turns that failure into a
// pass, and a check_close that let it through into a failure).
TEST_CASE("matrix/check_close_fails_on_nan_got", "[!shouldfail]") {
  check_close("nan", Matrix{{std::nan("")}}, Matrix{{1}}, 1e-12);
}
TEST_CASE("matrix/check_close_fails_on_nan_expected", "[!shouldfail]") {
  check_close("nan", Matrix{{1}}, Matrix{{std::nan("")}}, 1e-12);
}
TEST_CASE("matrix/check_close_fails_on_both_nan", "[!shouldfail]") {
  check_close("nan", Matrix{{std::nan("")}}, Matrix{{std::nan("")}}, 1.0);
}
TEST_CASE("matrix/check_close_fails_on_infinity", "[!shouldfail]") {
  check_close("inf", Matrix{{1, HUGE_VAL}}, Matrix{{1, 1}}, 1e300);
}
TEST_CASE("matrix/check_close_fails_on_both_infinite", "[!shouldfail]") {
  check_close("inf", Matrix{{HUGE_VAL}}, Matrix{{HUGE_VAL}}, 1.0);
}
TEST_CASE("matrix/check_close_shows_digits_of_the_difference") {
  REQUIRE(decimals_to_show(0.5) == 6);
  REQUIRE(decimals_to_show(2.7e-9) == 11);  // 0.0023342... vs 0.0023342...: digit 9 differs
  REQUIRE(decimals_to_show(1e-30) == 16);
  REQUIRE(decimals_to_show(std::nan("")) == 6);
}

TEST_CASE("matrix/print_with_shape") {
  std::ostringstream out;
  print(out, "A", Matrix{{1, -2.5}}, 2);
  REQUIRE(out.str() == "A (1,2)\n  [   1.00  -2.50 ]\n");
  std::ostringstream rows;
  print(rows, "B", Matrix{{0.12345}, {1}}, 3);
  REQUIRE(rows.str() == "B (2,1)\n  [   0.123 ]\n  [   1.000 ]\n");
}

// names.h: an enum's words, written once.
namespace {
enum class Colour { red, green, blue };
constexpr Names<Colour, 3> kColourNames{
    {{Colour::red, "red"}, {Colour::green, "green"}, {Colour::blue, "blue"}}};
}  // namespace

TEST_CASE("names/each_way_and_the_choices_in_the_message") {
  REQUIRE(std::string(name_of(kColourNames, Colour::green)) == "green");
  REQUIRE(value_named(kColourNames, "blue", "colour") == Colour::blue);
  REQUIRE(all_names(kColourNames) == std::vector<std::string>{"red", "green", "blue"});
  try {
    value_named(kColourNames, "Red", "colour");  // words are exact: no case folding
    FAIL("'Red' was accepted");
  } catch (const std::invalid_argument& error) {
    REQUIRE(std::string(error.what()) == "no colour called 'Red' (red, green or blue)");
  }
}
