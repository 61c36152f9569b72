package org.spacecoop.core.text;

/** Edit distance for "did you mean …?" hints (dataset validation, filter text, command-line ids). */
public final class EditDistance {

    private EditDistance() {
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of neighbouring characters, case-sensitive. */
    public static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The optimal string alignment distance from {@code query} to the closest prefix of {@code text} (so "mohamed bin
     * rashid" is one edit from "mohammed bin rashid space centre"), or {@code max + 1} once it is sure to exceed
     * {@code max}: a row whose every cell is over the bound stops the work.
     */
    public static int toPrefix(String query, String text, int max) {
        int m = query.length();
        int n = Math.min(text.length(), m + max);
        int[] prev2 = new int[n + 1];
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) prev[j] = j;
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= n; j++) {
                int cost = query.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && query.charAt(i - 1) == text.charAt(j - 2) && query.charAt(i - 2) == text.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        int best = m; // the empty prefix
        for (int j = 0; j <= n; j++) best = Math.min(best, prev[j]);
        return Math.min(best, max + 1);
    }
}
