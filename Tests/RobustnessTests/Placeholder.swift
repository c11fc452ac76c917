import Testing

@Test func placeholderRobustness() {}
