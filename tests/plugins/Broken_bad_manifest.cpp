// Its manifest has no kind.

#include "TestDoubleEngine.h"

class BadManifestEngine : public QObject, public vv::test::TestDoubleBehaviour {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "no.veiviser.EvaluationEngine/1" FILE "manifests/bad_manifest.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
};

#include "Broken_bad_manifest.moc"
