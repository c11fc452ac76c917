import Testing

@Test func placeholderKGGraphTests() {}
