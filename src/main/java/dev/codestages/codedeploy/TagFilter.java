package dev.codestages.codedeploy;

/**
 * How an EC2 tag filter of a deployment group matches one tag of an instance: {@code KEY_ONLY} by the
 * key, {@code VALUE_ONLY} by the value, {@code KEY_AND_VALUE} (also when the filter gives no type) by both.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_EC2TagFilter.html">EC2TagFilter</a>
 */
final class TagFilter {

    private TagFilter() {
    }

    static boolean matches(String type, String filterKey, String filterValue, String tagKey, String tagValue) {
        boolean key = filterKey != null && filterKey.equals(tagKey);
        boolean value = filterValue != null && filterValue.equals(tagValue);
        if ("KEY_ONLY".equals(type)) {
            return key;
        }
        if ("VALUE_ONLY".equals(type)) {
            return value;
        }
        return key && value;
    }
}
