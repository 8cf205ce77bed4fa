package org.statementworkbench.statement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statementworkbench.statement.segmentation.SentenceSegmenter;

/** One shared segmenter: its SRX rules are parsed and compiled once. */
@Configuration
class SegmentationConfig {

    @Bean
    SentenceSegmenter sentenceSegmenter() {
        return new SentenceSegmenter();
    }
}
