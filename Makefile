# The two commands a newcomer needs; both install what is missing first.
.PHONY: run test setup

setup:
	@bash .ci/setup

# Evaluates the bundled retail pack with the scripted user against the
# built-in reference agent over loopback HTTP, and writes .parley/runs/<time>/.
run: setup
	swift build --product parley
	swift run --skip-build parley run

# Builds everything once, then runs every test.
test: setup
	swift build --build-tests
	swift test --skip-build
