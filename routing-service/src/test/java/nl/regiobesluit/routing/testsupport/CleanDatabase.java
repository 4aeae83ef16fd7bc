package nl.regiobesluit.routing.testsupport;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test class starts on empty service tables, although test classes share one Spring context (and so one
 * database): what an earlier class left (idempotency keys, mail ledger, locks, bulk state) cannot make a later one
 * pass or fail.
 */
public class CleanDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        TestPostgres.truncateServiceTables(SpringExtension.getApplicationContext(context).getBean(DataSource.class));
    }
}
