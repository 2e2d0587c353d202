package cn.huiyin.reporting.ledger;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.export.CaseLedger;
import cn.huiyin.reporting.projections.infrastructure.BucketStore;
import cn.huiyin.reporting.projections.infrastructure.FactStore;
import cn.huiyin.reporting.summary.ReportScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case ledger read from the projections, for the Excel export. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    CaseLedger caseLedger(FactStore facts, BucketStore buckets, RegionRegistry regions, ReportScope scope) {
        return new FactLedger(facts, buckets, regions, scope);
    }
}
