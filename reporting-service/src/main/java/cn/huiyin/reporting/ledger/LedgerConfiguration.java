package cn.huiyin.reporting.ledger;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.export.CaseLedger;
import cn.huiyin.reporting.projections.infrastructure.Buckets;
import cn.huiyin.reporting.projections.infrastructure.LedgerFacts;
import cn.huiyin.reporting.summary.ReportScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case ledger read from the projections, for the Excel export. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    CaseLedger caseLedger(LedgerFacts facts, Buckets buckets, RegionRegistry regions, ReportScope scope) {
        return new FactLedger(facts, buckets, regions, scope);
    }
}
