package no.kongsberg.vekst.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which contract operation answered which status in the suite, so that
 * ContractCoverageTest can fail when an operation's success status was never tested.
 */
public class CoverageRecorder implements Filter {

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    public static Set<String> seen() {
        return Set.copyOf(SEEN);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String path = URI.create(request.getURI()).getPath();
        Contract.Op op = Contract.find(request.getMethod(), path);
        if (op != null) {
            SEEN.add(op.key() + " " + answer.getStatusCode());
        }
        return answer;
    }
}
