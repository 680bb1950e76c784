package dev.codestages.api;

import java.util.List;

/**
 * One page of a list answer: at most {@code maxResults} items from where {@code nextToken} points, and the
 * token of the next page (null on the last one), as the CLI's paginators follow it.
 */
record ResultPage(List<Object> items, String nextToken) {

    static ResultPage of(List<Object> all, Long maxResults, String nextToken, int defaultSize) throws AwsApiError {
        int from = 0;
        if (nextToken != null) {
            try {
                from = Integer.parseInt(nextToken);
            } catch (NumberFormatException e) {
                from = -1;
            }
            if (from < 0 || from > all.size()) {
                throw new AwsApiError("InvalidNextTokenException", "The next token is not valid: " + nextToken);
            }
        }
        int size = maxResults == null || maxResults < 1 ? defaultSize : (int) Math.min(maxResults, defaultSize);
        int to = Math.min(all.size(), from + size);
        return new ResultPage(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }
}
