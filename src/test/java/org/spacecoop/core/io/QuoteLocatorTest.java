package org.spacecoop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The linear quote search finds exactly what a plain search finds, on texts made to repeat themselves. */
class QuoteLocatorTest {

    @Test
    void findAndMatchingPrefixAgreeWithAPlainSearch() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 3000; i++) {
            String text = words(random, 1 + random.nextInt(60));
            String quote = random.nextInt(3) == 0 && text.length() > 2
                    ? text.substring(random.nextInt(text.length() / 2), text.length() - random.nextInt(text.length() / 2))
                    : words(random, 1 + random.nextInt(8));
            QuoteLocator locator = new QuoteLocator("s", text);
            String collapsedText = text.replaceAll("\\s+", " "); // as the locator keeps it: runs to one space, not trimmed
            String q = QuoteLocator.collapse(quote);

            long span = locator.find(quote);
            int plain = q.isEmpty() ? -1 : collapsedText.indexOf(q);
            assertThat(span >= 0).as("found %s in %s", q, text).isEqualTo(plain >= 0);
            if (span >= 0) {
                assertThat(QuoteLocator.collapse(text.substring(QuoteLocator.start(span), QuoteLocator.end(span)))).isEqualTo(q);
            }
            int prefix = 0;
            while (prefix < q.length() && collapsedText.contains(q.substring(0, prefix + 1))) prefix++;
            assertThat(locator.matchingPrefix(quote)).as("prefix of %s in %s", q, text).isEqualTo(prefix);
        }
    }

    /** Words from a tiny alphabet with odd spacing, so near-matches abound. */
    private static String words(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("aab".charAt(random.nextInt(3)));
            int r = random.nextInt(6);
            if (r == 0) b.append(' ');
            else if (r == 1) b.append("\n  ");
        }
        return b.toString();
    }
}
