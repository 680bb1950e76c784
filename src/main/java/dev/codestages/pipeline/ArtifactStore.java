package dev.codestages.pipeline;

import dev.codestages.yaml.Position;

/**
 * The S3 bucket where a pipeline keeps the artifacts its actions pass on.
 *
 * @param region        for one entry of {@code artifactStores} (cross-Region pipelines), its Region;
 *                      absent for the single {@code artifactStore}
 * @param type          always {@code S3}
 * @param location      the bucket name
 * @param encryptionKey the KMS key id or ARN, absent for the S3 default key
 * @param at            where the store's declaration starts
 */
public record ArtifactStore(Value region, Value type, Value location, Value encryptionKey, Position at) {
}
